// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: push/unshift return new lengths, pop/shift return removed or undefined on empty
const a: number[] = [];
console.log(a.push(), a.length);
console.log(a.push(1), a.push(2, 3), a.push(...[4, 5, 6]), a.join(" "));
console.log(a.unshift(), a.unshift(0), a.unshift(-2, -1), a.join(" "));
console.log(a.pop(), a.shift(), a.length, a.join(" "));
const b: string[] = ["x"];
console.log(b.pop(), b.pop(), b.shift(), b.length);
const v = b.pop();
console.log(v === undefined, typeof v);
const q: number[] = [];
for (let i = 0; i < 6; i++) q.push(i * i);
while (q.length > 0) {
  const h = q.shift();
  const t = q.pop();
  console.log("pair", h, t, q.length);
}
const big: number[] = [];
for (let i = 0; i < 1000; i++) big.unshift(i);
console.log(big.length, big[0], big[999], big.indexOf(500));
let total = 0;
while (big.length) total += big.pop() ?? 0;
console.log(total);
