// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Integer parameter proof: each function is called with integers at all but one site, which passes -0, 0.5, NaN, 2^31 or 2^53+2.

function invert(x: number): number {
  return 1 / x;
}
function half(x: number): number {
  return x / 2 + x * 3;
}
function isNaNish(x: number): boolean {
  return x !== x;
}
function wrap32(x: number): number {
  return (x + 1) | 0;
}
function plusTwo(x: number): number {
  return x + 2;
}
function sign(x: number): string {
  return 1 / x === -Infinity ? 'minus zero' : x === 0 ? 'zero' : x > 0 ? 'positive' : 'negative';
}

let total = 0;
for (let i = 1; i < 5; i++) total += invert(i);
console.log(total, invert(0), invert(-0));
console.log(half(3), half(4), half(0.5));
console.log(isNaNish(1), isNaNish(2), isNaNish(NaN));
console.log(wrap32(7), wrap32(2 ** 31 - 1), wrap32(2 ** 31));
console.log(plusTwo(1), plusTwo(2 ** 53 + 2), plusTwo(2 ** 53) === 2 ** 53 + 2);
console.log(sign(0), sign(5), sign(-3), sign(-0));
const zero = 0;
const negZero = -zero;
console.log(sign(negZero), invert(negZero));
