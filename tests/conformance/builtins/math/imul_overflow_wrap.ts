// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: imul wraps 32-bit products, converting operands with ToInt32 (fractions, negatives, huge and special values)
const ps: [number, number][] = [[2, 3], [-2, 3], [-2, -3], [0xffffffff, 1], [0xffffffff, 0xffffffff], [0x7fffffff, 2], [0x80000000, -1], [0x80000000, 0x80000000], [65536, 65536], [65535, 65537], [1.9, 2.9], [-1.9, 2.9], [2 ** 32 + 5, 3], [1e21, 7], [NaN, 5], [Infinity, 2], [123456789, 987654321], [-0, 5], [0x12345678, 0x9abcdef0]];
for (const [a, b] of ps) console.log(a, b, Math.imul(a, b), (a * b) | 0, Math.imul(b, a) === Math.imul(a, b));
let h = 0x811c9dc5;
for (const c of "hello, world") h = Math.imul(h ^ c.charCodeAt(0), 16777619);
console.log(h, h >>> 0, (h >>> 0).toString(16));
