// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: arrays compare by identity; comparing contents needs element-wise loops
function eq(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
const x = [1, 2, NaN];
const y = [1, 2, NaN];
console.log(x === y, x == y, eq(x, y), eq([0], [-0]), eq([], []));
const list = [x];
console.log(list.includes(x), list.includes(y), list.indexOf(y));
