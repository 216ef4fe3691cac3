// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: truthiness checks on unions with 0, empty string, NaN, null and undefined
const vals: Array<string | number | null | undefined | boolean> = ["", "a", 0, -0, 1, NaN, null, undefined, false, true];
console.log(vals.map((v) => (v ? "T" : "F")).join(""));
console.log(vals.map((v) => !!v).join(","));
function firstTruthy(...xs: Array<number | string | null>): number | string | null {
  for (const x of xs) if (x) return x;
  return null;
}
console.log(firstTruthy(0, "", null, "x", 3), firstTruthy(0, null), firstTruthy(NaN, 5));
function num(n: number): number {
  return n;
}
function str(s: string): string {
  return s;
}
console.log(num(0) && "never", str("") || "fallback", num(NaN) && 1, str("x") && num(2), num(-0) || str(""));
