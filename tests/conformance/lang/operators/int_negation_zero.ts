// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Negating integers: -0 from negating zero, and negation of int32 minimum.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
function show(label: string, v: number): void {
  console.log(label, v, isNegZero(v));
}
for (let i = -2; i <= 2; i++) show('-i ' + i, -i);
const z: number = 5 & 2;
show('-(5&2)', -z);
show('-(0|0)', -(0 | 0));
show('0-0', 0 - 0);
show('-0-0', -0 - 0);
show('-0+0', -0 + 0);
show('-(i%2)', -(4 % 2));
const m: number = -2147483648 | 0;
show('-min', -m);
show('-min|0', -m | 0);
show('~~-0', ~~-0);
let c: number = 3;
c = -c;
c = -c;
show('c', c);
