// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Products of integers that are -0 in JS (0 times a negative) must stay -0.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
function show(label: string, v: number): void {
  console.log(label, v, isNegZero(v), 1 / v);
}
const zero: number = 0 | 0;
const neg: number = -5 | 0;
show('0*-1', 0 * -1);
show('zero*neg', zero * neg);
show('neg*zero', neg * zero);
for (let i = -2; i <= 2; i++) {
  show('i*0 ' + i, i * 0);
  show('0*i ' + i, 0 * i);
  show('i*-i ' + i, i * -i);
}
let p: number = 1;
for (let i = 3; i >= -3; i--) {
  p = (i & 7) * (-1 | 0);
  show('p ' + i, p);
}
const arr: number[] = [0, -3, 4];
show('arr0*arr1', arr[0] * arr[1]);
show('arr1*arr0', arr[1] * arr[0]);
show('arr2*arr0', arr[2] * arr[0]);
