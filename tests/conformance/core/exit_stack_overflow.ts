// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exit status: unbounded recursion throws RangeError (Maximum call stack size exceeded), exit 1
function down(n: number): number {
  return down(n + 1) + 1;
}
console.log("before");
console.log(down(0));
console.log("never printed");
