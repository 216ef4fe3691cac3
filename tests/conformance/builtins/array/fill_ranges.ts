// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: fill with start and end, negative and out-of-range bounds, on numbers, strings and objects
const f = (s?: number, e?: number): string => {
  const a = [0, 0, 0, 0, 0];
  return (s === undefined ? a.fill(7) : e === undefined ? a.fill(7, s) : a.fill(7, s, e)).join("");
};
console.log(f(), f(2), f(-2), f(1, 3), f(-4, -2), f(3, 1), f(9), f(-9, 2), f(NaN, 2), f(1, Infinity));
const shared = new Array<number[]>(3).fill([]);
shared[0].push(1);
console.log(shared, shared[1] === shared[2]);
console.log(new Array<string>(4).fill("ab").join("-"));
