// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: an uncaught custom exception (non-Error value) also exits with status 1
class Oops {
  constructor(public why: string) {}
}
let depth: number = 0;
function dive(n: number): number {
  depth++;
  if (n === 0) throw new Oops("bottom");
  return dive(n - 1) + 1;
}
console.log("start");
try {
  dive(3);
} finally {
  console.log("finally before propagating, depth", depth);
}
console.log("never printed");
