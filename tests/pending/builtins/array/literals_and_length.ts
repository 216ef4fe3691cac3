// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: literals, length reads, writing length to truncate and extend, and holes read as undefined
const a = [1, 2, 3, 4, 5];
console.log(a.length, a[0], a[4], a[5]);
a.length = 3;
console.log(a, a.length, a[3]);
a.length = 5;
console.log(a.length, a[4], a.join("-"));
a[7] = 8;
console.log(a.length, a.indexOf(8), a.includes(undefined as unknown as number));
const empty: string[] = [];
console.log(empty.length, empty[0], [[]].length, [[], []].flat().length);
