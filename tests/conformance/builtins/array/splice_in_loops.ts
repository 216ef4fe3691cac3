// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: removing matches with splice while walking backwards, inserting with splice to keep a sorted list
const a = [1, 2, 2, 3, 4, 4, 4, 5, 6, 6];
for (let i = a.length - 1; i >= 0; i--) if (a[i] % 2 === 0) a.splice(i, 1);
console.log(a);
const sorted: number[] = [];
for (const x of [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, -1, 0]) {
  let i = 0;
  while (i < sorted.length && sorted[i] <= x) i++;
  sorted.splice(i, 0, x);
}
console.log(sorted.join(" "));
const dedup = sorted.filter((x, i) => i === 0 || sorted[i - 1] !== x);
console.log(dedup.join(" "));
const q = ["a", "b", "c", "d", "e", "f"];
const taken: string[] = [];
while (q.length) taken.push(...q.splice(0, 2).reverse());
console.log(taken.join(""), q.length);
const rot = [1, 2, 3, 4, 5];
rot.unshift(...rot.splice(-2));
console.log(rot);
rot.push(...rot.splice(0, 1));
console.log(rot);
