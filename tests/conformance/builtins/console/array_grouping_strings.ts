// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: string and mixed arrays over six items are grouped into left-aligned columns, unless an item is long or contains a newline
console.log(["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg"]);
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat((i % 4) + 1)));
console.log(Array.from({ length: 12 }, (_, i) => "item" + i));
console.log(["short", "x".repeat(20), "y", "z", "w", "v", "u"]);
console.log(["short", "x".repeat(17), "y", "z", "w", "v", "u"]);
console.log(["a", "b", "c", "d", "e", "f", "line\nbreak"]);
console.log([1, "two", 3, "four", true, null, 7, "eight"]);
console.log([true, false, true, false, true, false, true, false, true]);
console.log(Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? "é😀" : "w" + i)));
