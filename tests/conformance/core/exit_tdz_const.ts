// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exit status: a const read through a function call during its own initialization throws ReferenceError (exit 1)
let step: number = 0;
function g(): number {
  step++;
  console.log("g called", step);
  return c + 1;
}
console.log("start");
const c: number = g();
console.log("never printed", c);
