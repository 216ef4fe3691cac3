// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: indexOf and lastIndexOf with fromIndex, empty needles and out-of-range positions
const s = "abcabcabc";
console.log(s.indexOf("bc"), s.indexOf("bc", 2), s.indexOf("bc", 8), s.indexOf("x"), s.indexOf(""), s.indexOf("", 4), s.indexOf("", 99));
console.log(s.lastIndexOf("bc"), s.lastIndexOf("bc", 6), s.lastIndexOf("bc", 0), s.lastIndexOf(""), s.lastIndexOf("", 3), s.lastIndexOf("a", -5));
console.log(s.indexOf("a", -10), s.indexOf("c", NaN), s.lastIndexOf("c", NaN));
console.log("😀😀".indexOf("😀", 1), "😀😀".lastIndexOf("\uDE00"));
