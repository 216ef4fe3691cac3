// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: for-of over an array sees elements appended during iteration
const xs = [1, 2, 3];
const seen: number[] = [];
for (const x of xs) {
  seen.push(x);
  if (x < 3 && xs.length < 6) xs.push(x * 10);
}
console.log(seen.join(","), xs.join(","));
const ys = [1, 2, 3, 4, 5];
const seen2: number[] = [];
for (const y of ys) {
  seen2.push(y);
  if (y === 2) ys.splice(0, 1);
}
console.log(seen2.join(","), ys.join(","));
