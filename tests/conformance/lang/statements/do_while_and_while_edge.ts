// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: do-while runs at least once; while with complex conditions and assignments in conditions
let n = 10;
do {
  n++;
} while (n < 5);
console.log(n);
const queue = [3, 1, 4, 1, 5];
let item: number | undefined;
let sum = 0;
while ((item = queue.shift()) !== undefined) sum += item;
console.log(sum, queue.length);
let i = 0;
let j = 100;
while (i < j && i * i < j) {
  i += 3;
  j -= 7;
}
console.log(i, j);
