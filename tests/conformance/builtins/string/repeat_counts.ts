// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: repeat with 0, fractional, large counts and invalid counts that throw RangeError
console.log("[" + "ab".repeat(0) + "]", "ab".repeat(1), "ab".repeat(3), "ab".repeat(2.9), "[" + "".repeat(1000) + "]");
const big = "xyz".repeat(100000);
console.log(big.length, big.slice(0, 7), big.slice(-4), big.charCodeAt(299999));
const bigger = "-".repeat(1 << 20);
console.log(bigger.length, bigger.indexOf("+"), bigger.lastIndexOf("-"));
console.log("😀".repeat(3), "😀".repeat(3).length, "[" + "a".repeat(NaN) + "]", "[" + "a".repeat(-0.5) + "]");
const bad: number[] = [-1, Infinity, -Infinity];
for (const n of bad) {
  try {
    console.log("ok", "a".repeat(n).length);
  } catch (e) {
    console.log("caught", e instanceof RangeError, (e as Error).message);
  }
}
console.log("[" + "".repeat(Infinity === Infinity ? 0 : 1) + "]", "ab".repeat(5).split("ab").length);
