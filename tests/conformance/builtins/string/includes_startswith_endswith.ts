// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: includes, startsWith and endsWith with position arguments
const s = "hello world";
console.log(s.includes("o w"), s.includes("O"), s.includes(""), s.includes("hello", 1), s.includes("world", 6));
console.log(s.startsWith("hell"), s.startsWith("world", 6), s.startsWith("", 99), s.startsWith("h", -3));
console.log(s.endsWith("world"), s.endsWith("hello", 5), s.endsWith("o", 8), s.endsWith("", 0), s.endsWith("d", 100));
console.log("".includes(""), "".startsWith(""), "abc".endsWith("abcd"));
