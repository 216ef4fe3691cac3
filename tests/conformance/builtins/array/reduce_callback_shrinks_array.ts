// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: reduce and reduceRight skip indices a callback removed and do not visit appended ones
const a = [1, 2, 3, 4, 5, 6];
const seen: number[] = [];
const sum = a.reduce((acc, x, i) => {
  seen.push(i);
  if (i === 1) a.pop();
  if (i === 2) a.push(100);
  return acc + x;
}, 0);
console.log(sum, seen.join(","), a);
const b = [1, 2, 3, 4, 5];
const order: number[] = [];
const r = b.reduceRight((acc, x, i) => {
  order.push(i);
  if (i === 4) b.length = 2;
  return acc + x;
}, 0);
console.log(r, order.join(","), b);
const c = ["a", "b", "c"];
console.log(c.reduceRight((s, x) => s + x), c.reduce((s, x) => x + s));
