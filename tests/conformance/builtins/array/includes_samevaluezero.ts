// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: includes uses SameValueZero (NaN found, -0 equals 0) while indexOf and lastIndexOf use ===
const xs = [1, NaN, -0, 3, NaN];
console.log(xs.includes(NaN), xs.indexOf(NaN), xs.lastIndexOf(NaN));
console.log(xs.includes(0), xs.indexOf(0), xs.lastIndexOf(+0), xs.includes(-0));
console.log(xs.includes(3, 4), xs.includes(3, -2), xs.indexOf(3, -100), xs.lastIndexOf(1, -5), xs.lastIndexOf(1, -6));
const strs = ["a", "b", "a"];
console.log(strs.lastIndexOf("a"), strs.lastIndexOf("a", 1), strs.lastIndexOf("z"), strs.indexOf("a", 1));
const vals: (number | string | undefined)[] = [undefined, "1", 1];
console.log(vals.includes(undefined), vals.indexOf(1), vals.indexOf("1"), vals.includes(2));
