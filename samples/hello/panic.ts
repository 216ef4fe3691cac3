// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// A program that fails: runaway recursion is Node's RangeError, an uncaught
// exception, so the kernel reports it and exits with status 1.

function down(n: number): number {
  return down(n + 1) + 1;
}

console.log('about to overflow the stack');
console.log(down(0));
