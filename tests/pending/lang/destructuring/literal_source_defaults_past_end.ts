// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: an array-literal source shorter than a pattern with defaults (the first element is read wrongly)
const [n1 = 1, n2 = 2] = [10];
console.log(n1, n2);
const [s1 = "d1", s2 = "d2"] = ["given"];
console.log(s1, s2);
