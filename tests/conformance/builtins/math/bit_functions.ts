// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: clz32, imul and fround
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(0x80000000), Math.clz32(-1), Math.clz32(3.9), Math.clz32(2 ** 32));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(-5, 12), Math.imul(2 ** 31, 2));
console.log(Math.fround(1.1), Math.fround(2 ** -149), Math.fround(2 ** -150), Math.fround(-0), Math.fround(16777217));
