// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: a caught string cast with `as Error` and read as .message is undefined in JS (tsxen segfaults)
try {
  throw "plain";
} catch (e) {
  console.log("caught", typeof e);
  console.log((e as Error).message);
}
console.log("after");
