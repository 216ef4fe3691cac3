// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: an inconsistent comparator (never negative) gives V8's order (binary insertion calls cmp(later, earlier))
const a = [3, 1, 4, 1, 5, 9, 2, 6];
console.log(a.slice().sort((x, y) => (x > y ? 1 : 0)).join(","));
console.log(a.slice().sort((x, y) => (x < y ? 1 : 0)).join(","));
