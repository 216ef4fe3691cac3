// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: an array-literal source with defaulted pattern elements (wrong value for numbers, segfault for strings and nested tuples)
const [n1 = 1, n2 = 2] = [10];
console.log(n1, n2);
const [s1 = "d1", s2 = "d2"] = ["given"];
console.log(s1, s2);
const src: Array<[string, number]> = [["one", 1]];
const [[k0, v0] = ["none", 0]] = [...src];
console.log(k0, v0);
