// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: arrays and objects, defaults, renaming, nesting, rest elements, swapping
const [a, b, ...rest] = [1, 2, 3, 4, 5];
console.log(a, b, rest.join(","));
const { x, y: why, z = 99 } = { x: 10, y: 20 } as { x: number; y: number; z?: number };
console.log(x, why, z);
const { p: { q }, list: [first, , third = "def"] } = { p: { q: "deep" }, list: ["one", "two"] as string[] };
console.log(q, first, third);
let m: number = 1;
let n: number = 2;
[m, n] = [n, m];
console.log(m, n);
function point({ x, y = 0 }: { x: number; y?: number }): string {
  return x + "," + y;
}
console.log(point({ x: 3 }), point({ x: 3, y: 4 }));
const { a: aa, ...others } = { a: 1, b: 2, c: 3 };
console.log(aa, JSON.stringify(others));
const [h = "dflt", ...tail] = "";
console.log(h, tail.length);
