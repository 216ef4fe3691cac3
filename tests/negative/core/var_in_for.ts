// expect-error: TSX1003
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// var in a for-loop initializer is rejected
let total: number = 0;
for (var i: number = 0; i < 3; i++) {
  total += i;
}
console.log(total);
