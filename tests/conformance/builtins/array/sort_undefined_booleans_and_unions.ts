// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: undefined sorts last among booleans, string | number unions and nulls, with and without a comparator
const flags: (boolean | undefined)[] = [true, undefined, false, true, undefined, false];
console.log(flags.slice().sort(), flags.slice().sort((a, b) => Number(a) - Number(b)));
const mix: (string | number | undefined)[] = [10, "9", undefined, 1, "b", undefined, "A", 2];
console.log(mix.slice().sort());
console.log(mix.slice().sort((a, b) => String(a).length - String(b).length));
const nulls: (number | null | undefined)[] = [null, undefined, 3, null, 0];
console.log(nulls.slice().sort(), nulls.slice().sort((a, b) => (a ?? -1) - (b ?? -1)));
