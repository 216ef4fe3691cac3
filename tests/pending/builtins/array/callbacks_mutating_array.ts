// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: callbacks that mutate the array during forEach/map see the visiting range fixed at the start
const a = [1, 2, 3];
const seen: number[] = [];
a.forEach((x, i) => {
  seen.push(x);
  if (i === 0) a.push(99);
  if (i === 1) a[2] = 30;
});
console.log(seen, a);
const b = [1, 2, 3, 4];
const mapped = b.map((x, i) => {
  if (i === 0) b.pop();
  return x * 10;
});
console.log(mapped.length, mapped.join(","), 3 in mapped, b);
