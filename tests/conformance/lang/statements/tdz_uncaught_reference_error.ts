// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: reading a module-level let before its declaration ran throws ReferenceError, exit status 1, after output
function readLimit(): number {
  return limit * 2;
}
function safe(): string {
  return "safe " + prefix;
}
const prefix = "p";
console.log(safe());
console.log("before");
console.log(readLimit());
let limit = 10;
console.log("not reached", limit);
