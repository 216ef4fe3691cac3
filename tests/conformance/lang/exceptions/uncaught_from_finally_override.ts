// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: a throw in finally replaces the pending exception and escapes uncaught with a number value, exit 1
function cleanup(step: number): void {
  console.log("cleanup", step);
  if (step === 2) throw 404;
}
function work(): void {
  for (let i = 1; i <= 3; i++) {
    try {
      console.log("work", i);
      if (i === 2) throw new Error("inner failure");
    } finally {
      cleanup(i);
    }
  }
}
try {
  work();
} catch (e) {
  console.log("caught", typeof e, e === 404);
}
function again(): number {
  try {
    throw new TypeError("original");
  } finally {
    console.log("finally runs");
    cleanup(2);
  }
}
console.log("calling again");
console.log(again());
console.log("unreachable");
