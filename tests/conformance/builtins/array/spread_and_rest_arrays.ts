// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: spread for copying and merging; Math.max over spread; rest elements in destructuring
const a = [3, 1, 4];
const b = [1, 5, 9];
const merged = [...a, ...b];
console.log(merged, Math.max(...merged), Math.min(...merged, -1));
const [head, ...tail] = merged;
console.log(head, tail);
const unique = [...new Set(merged)];
console.log(unique, unique.length);
const copy = [...a];
copy.push(99);
console.log(a, copy);
