// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: replaceAll with strings replaces every non-overlapping match, empty patterns and $ patterns
console.log("a.b.c".replaceAll(".", "/"), "aaaa".replaceAll("aa", "b"), "abc".replaceAll("", "-"));
console.log("x+x+x".replaceAll("x", "[$&]"), "ab".replaceAll("b", "$`"), "ab".replaceAll("a", "$'"));
console.log("nothing".replaceAll("z", "y"), "$$".replaceAll("$", "$$"), "1-2".replaceAll("-", "$$$$"));
console.log("😀😀".replaceAll("😀", "ok"), "😀".replaceAll("", "|").length);
