// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: every compound assignment operator on numbers and strings, evaluating the target once
let a = 10;
a += 5;
console.log(a);
a -= 3;
console.log(a);
a *= 4;
console.log(a);
a /= 3;
console.log(a);
a %= 5;
console.log(a);
a **= 3;
console.log(a);
let b = 0b1011;
b <<= 2;
console.log(b);
b >>= 1;
console.log(b);
b |= 1;
console.log(b);
b &= 0x6;
console.log(b);
b ^= 0xff;
console.log(b);
let c = -16;
c >>>= 28;
console.log(c);
let s = "x";
s += 1;
s += true;
s += null;
console.log(s);
const arr = [1, 2, 3];
let idx = 0;
function nextIdx(): number {
  return idx++;
}
arr[nextIdx()] += 10;
arr[nextIdx()] *= 10;
console.log(arr, idx);
const o = { n: 1 };
o.n += o.n += 2;
console.log(o.n);
