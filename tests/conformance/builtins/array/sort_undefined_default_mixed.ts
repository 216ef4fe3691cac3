// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: default sort of (number | undefined)[] and (string | undefined)[]: ToString order, undefined always last
const nums: (number | undefined)[] = [10, undefined, 9, 1, undefined, 100, -1, 0];
console.log(nums.slice().sort());
const strs: (string | undefined)[] = [undefined, "undefined", "Undefined", "u", "", undefined, "z"];
console.log(strs.slice().sort());
const none: (number | undefined)[] = [undefined, undefined];
console.log(none.sort(), none.length);
const empty: (string | undefined)[] = [];
console.log(empty.sort(), [undefined].sort());
const one: (number | undefined)[] = [undefined, 5];
console.log(one.sort(), one.sort().indexOf(undefined));
const withNull: (string | null | undefined)[] = ["o", undefined, null, "m", "nz", "nul"];
console.log(withNull.sort());
