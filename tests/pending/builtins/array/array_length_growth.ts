// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: index writes beyond length grow the array; length decrease deletes elements permanently
const a = [1, 2, 3];
a[a.length] = 4;
a[a.length] = 5;
console.log(a, a.length);
a.length = 2;
a.length = 4;
console.log(a[2], a[3], a.length, a.join(","));
a.length = 0;
console.log(a, a.length, a[0]);
