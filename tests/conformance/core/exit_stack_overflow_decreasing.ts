// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exit status: a recursion stepping a proven integer down is only unchecked when its range is small; this one (n up to 10^9) still overflows cleanly, exit 1
function small(n: number): number {
  return n < 2 ? n : small(n - 1) + small(n - 2);
}
function deep(n: number): number {
  return n <= 0 ? 0 : 1 + deep(n - 1);
}
console.log("small", small(20), small(1), small(0));
console.log("shallow", deep(1000));
console.log("deep", deep(1000000000));
console.log("never printed");
