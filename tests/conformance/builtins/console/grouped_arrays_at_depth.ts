// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: arrays of more than six items grouped into columns when nested inside objects and arrays at increasing indentation
const nums = (n: number, k: number): number[] => Array.from({ length: n }, (_, i) => (i * k) % 997);
console.log({ a: nums(30, 13) });
console.log({ a: { b: nums(30, 17) } });
console.log([nums(12, 101), nums(7, 3)]);
console.log({ rows: [nums(8, 1), nums(8, 111), nums(8, 7)] });
console.log({ label: "words", list: ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"] });
console.log({ x: { y: ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg", "hhhhhhhh"] } });
console.log([[nums(101, 3)]]);
