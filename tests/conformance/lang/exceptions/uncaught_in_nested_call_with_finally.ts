// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: an uncaught error thrown through several finally blocks prints their output and exits 1
function inner(): void {
  try {
    console.log("inner try");
    throw new RangeError("escape");
  } finally {
    console.log("inner finally");
  }
}
function outer(): void {
  try {
    inner();
  } catch (e) {
    console.log("caught", (e as Error).name);
    throw e;
  } finally {
    console.log("outer finally");
  }
}
outer();
console.log("unreachable");
