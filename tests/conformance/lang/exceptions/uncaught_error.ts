// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: an uncaught Error terminates the program with exit status 1 after earlier output
function fail(msg: string): never {
  throw new Error(msg);
}
console.log("before");
try {
  fail("handled");
} catch (e) {
  console.log("caught", (e as Error).message);
}
fail("boom");
console.log("never printed");
