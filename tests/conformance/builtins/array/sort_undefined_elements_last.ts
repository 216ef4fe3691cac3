// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: sort puts undefined elements last without passing them to the comparator (default and comparator sorts)
const strs: (string | undefined)[] = ["b", undefined, "a", "undefined", "c"];
console.log(strs.slice().sort());
const a: (number | undefined)[] = [3, undefined, 1, undefined, 2];
console.log(a.slice().sort((x, y) => (x ?? 0) - (y ?? 0)));
