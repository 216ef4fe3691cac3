// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exit status: reading a let binding in its temporal dead zone throws ReferenceError (exit 1, stdout before it kept)
function f(): number {
  return x;
}
console.log("before");
console.log(f());
let x: number = 1;
console.log("never printed", x);
