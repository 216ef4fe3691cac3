// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: replace with a string pattern replaces only the first occurrence; special $ patterns in replacement
const s = "one two one two";
console.log(s.replace("one", "1"), s.replace("three", "3"), s.replace("", "^"));
console.log(s.replace("two", "[$&]"), s.replace("two", "[$`]"), s.replace("two", "[$']"));
console.log(s.replace("one", "$$"), s.replace("one", "$"), s.replace("one", "$1"), s.replace("one", "$<x>"));
console.log("aaa".replace("a", "$&$&"), "x".replace("x", "$$$&$"));
