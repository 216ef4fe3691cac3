// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// string comparison: ===, !==, <, >, <=, >= by UTF-16 code units
function cmp(a: string, b: string): void {
  console.log("[" + a + "] [" + b + "]", a < b, a <= b, a > b, a >= b, a === b, a !== b);
}
cmp("a", "b");
cmp("b", "a");
cmp("abc", "abc");
cmp("abc", "abd");
cmp("ab", "abc");
cmp("", "a");
cmp("", "");
cmp("B", "a");
cmp("10", "9");
cmp("100", "1000");
cmp("Zebra", "apple");
cmp("é", "z");
cmp("ä", "ae");
cmp("\uFFFF", "😀");
cmp("😀", "😁");
cmp("a\u0000", "a");
cmp(" ", "\t");
cmp("abc", "ABC");
let x: string = "hel";
x += "lo";
console.log(x === "hello", x !== "hello", x < "help", x > "hell");
