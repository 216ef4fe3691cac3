// expect-error: TSX1003
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// var declared inside an arrow function body is rejected
const sum = (xs: number[]): number => {
  var total = 0;
  for (const x of xs) total += x;
  return total;
};
console.log(sum([1, 2, 3]));
