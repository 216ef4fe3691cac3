// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: min and max with no arguments, NaN anywhere, signed zeros, infinities and spread arrays
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
console.log(Math.min(), Math.max(), Math.min(5), Math.max(-5), Math.min(NaN), Math.max(NaN));
console.log(Math.min(1, NaN, 3), Math.max(NaN, 1), Math.max(1, 2, NaN), Math.min(-Infinity, NaN), Math.max(Infinity, NaN));
console.log(isNegZero(Math.min(0, -0)), isNegZero(Math.min(-0, 0)), isNegZero(Math.max(0, -0)), isNegZero(Math.max(-0, 0)), isNegZero(Math.max(-0, -0)));
console.log(Math.min(Infinity, -Infinity), Math.max(Infinity, -Infinity), Math.min(5e-324, 0), Math.max(-5e-324, -0));
const arr: number[] = [3, -7.5, 12, 0, 12, -7.5];
console.log(Math.min(...arr), Math.max(...arr));
const empty: number[] = [];
console.log(Math.min(...empty), Math.max(...empty));
const withNaN: number[] = [1, 2, NaN, 4];
console.log(Math.min(...withNaN), Math.max(...withNaN));
const big: number[] = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 5003) - 2500);
console.log(Math.min(...big), Math.max(...big));
