// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: throwing a plain string that is never caught exits with status 1 after earlier output
function check(n: number): number {
  if (n > 2) throw "too big: " + n;
  return n;
}
let total = 0;
for (let i = 0; i < 5; i++) {
  total += check(i);
  console.log("total", total);
}
