// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: split with limits (0, negative, fractional, huge), an empty separator and separators at the edges
const show = (xs: string[]) => console.log(xs.length, JSON.stringify(xs));
show("a,b,,c,".split(","));
show(",a,b".split(","));
show("abc".split(""));
show("".split(""));
show("".split(","));
show("a,b,c".split(",", 0));
show("a,b,c".split(",", 2));
show("a,b,c".split(",", 2.9));
show("a,b,c".split(",", -1));
show("a,b,c".split(",", 2 ** 32 + 1));
show("a,b,c".split(",", 10));
show("abc".split("", 2));
show("a--b--c".split("--"));
show("a--b--c".split("-"));
show("abc".split("abcd"));
show("abc".split("abc"));
show("aaa".split("a"));
show("aaaa".split("aa"));
show("one two  three".split(" "));
show("x😀y".split("").map((c) => c.charCodeAt(0).toString(16)));
show("x😀y😀z".split("😀"));
