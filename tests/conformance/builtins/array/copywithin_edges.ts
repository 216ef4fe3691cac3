// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: copyWithin with negative, overlapping, out-of-range and empty ranges
const f = (t: number, s: number, e?: number): string => {
  const a = [0, 1, 2, 3, 4, 5, 6];
  const r = e === undefined ? a.copyWithin(t, s) : a.copyWithin(t, s, e);
  return `${r === a} ${a.join("")}`;
};
console.log(f(0, 3));
console.log(f(3, 0));
console.log(f(1, 0, 5));
console.log(f(-2, 0));
console.log(f(0, -3, -1));
console.log(f(10, 0));
console.log(f(0, 5, 2));
console.log(f(0, NaN, 3));
console.log(["a", "b", "c", "d"].copyWithin(1, 2));
