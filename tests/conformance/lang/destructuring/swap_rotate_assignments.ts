// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: assignment patterns that rotate values, write array elements and object fields, and return the right side
let a = 1, b = 2, c = 3;
[a, b, c] = [c, a, b];
console.log(a, b, c);
[a, b, c] = [c, a, b];
console.log(a, b, c);
const arr = [10, 20, 30, 40, 50];
for (let i = 0, j = arr.length - 1; i < j; i++, j--) [arr[i], arr[j]] = [arr[j], arr[i]];
console.log(arr);
const obj = { x: 1, y: 2, z: 3 };
({ x: obj.y, y: obj.z, z: obj.x } = { x: obj.x, y: obj.y, z: obj.z });
console.log(obj);
let s = "", n = 0;
const res = ([s, n] = ["str", 42]);
console.log(s, n, res);
let first = 0, rest: number[] = [];
[first, ...rest] = [5, 6, 7];
console.log(first, rest);
[first, ...rest] = [8];
console.log(first, rest);
// bubble sort with destructuring swap
const data = [5, 3, 8, 1, 9, 2, 7];
let swaps = 0;
for (let i = 0; i < data.length; i++) {
  for (let k = 0; k + 1 < data.length - i; k++) {
    if (data[k] > data[k + 1]) {
      [data[k], data[k + 1]] = [data[k + 1], data[k]];
      swaps++;
    }
  }
}
console.log(data, swaps);
// gcd with tuple assignment
function gcd(x: number, y: number): number {
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75));
// fibonacci pairs
let [f0, f1] = [0, 1];
const fibs: number[] = [];
for (let i = 0; i < 12; i++) {
  fibs.push(f0);
  [f0, f1] = [f1, f0 + f1];
}
console.log(fibs.join(","));
// default in assignment target
let d1 = 0, d2 = 0;
[d1 = 11, d2 = 22] = [undefined, 5] as (number | undefined)[];
console.log(d1, d2);
let p = "", q = "";
({ p = "dp", q = "dq" } = { q: "given" } as { p?: string; q?: string });
console.log(p, q);
// nested targets
const holder = { list: [0, 0], inner: { v: "" } };
[holder.list[1], holder.list[0], holder.inner.v] = [1, 2, "three"] as [number, number, string];
console.log(holder);
