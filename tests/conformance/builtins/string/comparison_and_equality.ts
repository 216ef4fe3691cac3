// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: comparison operators use UTF-16 code unit order; equality compares contents
const a = "abc";
const b = "ab" + "c";
console.log(a === b, a < "abd", "B" < "a", "a" < "B", "\uFFFF" < "😀", "é" > "e");
const list = ["b", "A", "a", "B", "😀", "é", "ä", "10", "9", ""];
console.log(list.slice().sort().join(","));
console.log(list.map((x) => x.length).join(""));
console.log("abc" > "ab", "Z" > "Y", "a".localeCompare("a") === 0);
