// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: concat with several arguments and non-string values; repeat with zero and large counts
console.log("a".concat("b", "c"), "x".concat(), "".concat("1", "2", "3"));
console.log("ab".repeat(3), "ab".repeat(0) === "", "-".repeat(20), "".repeat(100).length);
console.log("x".repeat(2.9), "abc".repeat(1000).length);
for (const n of [-1, Infinity]) {
  try {
    console.log("y".repeat(n));
  } catch (e) {
    console.log((e as Error).name);
  }
}
