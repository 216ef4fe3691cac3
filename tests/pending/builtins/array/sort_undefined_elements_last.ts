// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: sort must put undefined elements last without calling the comparator; tsxen compares them (as "undefined" by default, via the comparator otherwise)
const strs: (string | undefined)[] = ["b", undefined, "a", "undefined", "c"];
console.log(strs.slice().sort());
const a: (number | undefined)[] = [3, undefined, 1, undefined, 2];
console.log(a.slice().sort((x, y) => (x ?? 0) - (y ?? 0)));
