// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: the single-line versus multi-line decision around the 72/80 column budget for objects and arrays of growing size
for (let n = 40; n <= 80; n += 3) console.log(n, { key: "x".repeat(n) });
for (let n = 20; n <= 40; n += 2) console.log({ first: "a".repeat(n), second: "b".repeat(n) });
for (let n = 1; n <= 6; n++) console.log(Array.from({ length: n }, (_, i) => "w".repeat(10 + i)));
for (let n = 14; n <= 24; n += 2) console.log([{ name: "n".repeat(n), id: n }, { name: "m".repeat(n), id: n + 1 }]);
for (let n = 10; n <= 30; n += 5) console.log({ outer: { inner: "i".repeat(n), more: "m".repeat(n) }, tail: n });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26 });
console.log(["a", "b", "c", "d", "e", "f"].map((c) => ({ [c]: c.repeat(8) })));
