// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: split with string separators, empty separator, limit, and separators at the edges
console.log("a,b,,c".split(","), "a,b,,c".split(",", 2), "a,b".split(",", 0));
console.log("abc".split(""), "".split(","), "".split(""), ",a,".split(","));
console.log("a--b--c".split("--"), "abc".split("x"), "aXbXc".split("X", 10));
console.log("😀a".split(""), "a b  c".split(" "));
console.log("one two three".split(" ", -1).length, "x".split(undefined as unknown as string));
