// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// do-while: body runs before the test, continue jumps to the test, break exits
let i: number = 10;
do {
  console.log("once", i);
  i++;
} while (i < 5);
let j: number = 0;
do {
  j++;
  if (j % 2 === 0) {
    continue;
  }
  console.log("odd j", j);
} while (j < 7);
let k: number = 0;
do {
  k += 3;
  if (k > 10) {
    break;
  }
  console.log("k", k);
} while (true);
console.log("k after", k);
let n: number = 27;
let len: number = 0;
do {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  len++;
} while (n !== 1);
console.log("collatz 27 steps", len);
let test: number = 0;
function cond(): boolean {
  test++;
  console.log("test", test);
  return test < 3;
}
do {
  console.log("body");
} while (cond());
