// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: indexOf uses strict equality (NaN never found), includes uses SameValueZero (NaN found, -0 equals 0)
const a = [1, NaN, -0, 0, "1" as unknown as number, 3, NaN];
console.log(a.indexOf(NaN), a.lastIndexOf(NaN), a.includes(NaN));
console.log(a.indexOf(0), a.indexOf(-0), a.lastIndexOf(0), a.lastIndexOf(-0), a.includes(-0));
console.log(a.indexOf(1), a.indexOf("1" as unknown as number), a.indexOf(3, 6), a.lastIndexOf(1, -7), a.includes(3, 6));
console.log([1, 2, 3].indexOf(2, -1), [1, 2, 3].indexOf(2, -2), [1, 2, 3].includes(1, -100));
