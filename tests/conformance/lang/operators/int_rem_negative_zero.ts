// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Remainders of integers keep the dividend's sign: -4 % 2 is -0, and -0 % n is -0.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
function show(label: string, v: number): void {
  console.log(label, v, isNegZero(v));
}
show('-4%2', -4 % 2);
show('-0%5', -0 % 5);
const z: number = -0;
show('z%5', z % 5);
show('z%-5', z % -5);
for (let i = -7; i <= 7; i++) {
  show('i%3 ' + i, i % 3);
  show('i%-3 ' + i, i % -3);
  show('(i|0)%2 ' + i, (i | 0) % 2);
}
let n: number = -12;
for (let k = 1; k <= 6; k++) show('n%k ' + k, n % k);
let h: number = -8;
h %= 4;
show('h%=4', h);
const neg: number = -2147483648 | 0;
show('min%-1', neg % -1);
show('min%2', neg % 2);
show('min%3', neg % 3);
