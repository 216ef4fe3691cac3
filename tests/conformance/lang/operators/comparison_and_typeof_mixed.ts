// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: relational on strings by code units, NaN comparisons, typeof of values, conditional chains and void
const strs = ["a", "B", "b", "10", "9", "", "ab", "Z", "é", "e"];
const sorted = strs.slice().sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
console.log(sorted.join("|"));
console.log("10" < "9", 10 < 9, "a" < "b", "a" < "ab", "" < "a", "Z" < "a", "é" > "z");
const nums = [NaN, 0, -0, 1, -Infinity];
for (const a of nums) {
  const row: string[] = [];
  for (const b of nums) row.push(`${a < b ? "<" : ""}${a <= b ? "≤" : ""}${a > b ? ">" : ""}${a >= b ? "≥" : ""}${a === b ? "=" : ""}` || "·");
  console.log(String(a).padStart(9), row.join(" "));
}
function kind(x: number | string | boolean | null | undefined | number[] | (() => void)): string {
  return typeof x;
}
console.log(kind(1), kind("s"), kind(true), kind(null), kind(undefined), kind([1]), kind(() => {}));
let side = 0;
const u = void side++;
console.log(u, side, typeof void 0);
const classify = (n: number): string => (n < 0 ? "neg" : n === 0 ? (1 / n < 0 ? "-zero" : "zero") : n < 10 ? "small" : n < 100 ? "medium" : "large");
console.log([-5, -0, 0, 3, 50, 500, NaN].map(classify).join(" "));
const falsies: (number | string | null | undefined | number[])[] = [0, "", "0", NaN, [], null, undefined, -0, " ", [0]];
console.log(falsies.map((f) => String(!f) + "/" + String(!!f)).join(" "));
