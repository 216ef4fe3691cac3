// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: relational comparison of strings is by UTF-16 code units; mixed operands convert to numbers
console.log("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a");
console.log("10" < "9", 10 < 9, "10" < (9 as unknown as string), "é" > "z", "\uD83D\uDE00" > "\uFFFF");
function num(v: unknown): number {
  return v as number;
}
console.log(num(null) >= 0, num(null) > -1, NaN < 1, NaN >= 1, num(undefined) < 1, num("") <= 0, num(true) > 0);
const words = ["banana", "Apple", "cherry", "apple", "Banana", "_x", "1z"];
console.log(words.filter((w) => w < "b").join(","));
