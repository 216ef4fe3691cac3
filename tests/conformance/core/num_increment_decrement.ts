// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// prefix and postfix ++ and -- on numbers: result values, fractions, NaN, large values
let i: number = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
let f: number = 0.5;
f++;
console.log(f);
f--;
f--;
console.log(f);
--f;
console.log(f, 1 / f);
let n: number = 0 / 0;
n++;
console.log(n);
let inf: number = 1 / 0;
inf--;
console.log(inf);
let big: number = 2 ** 53;
big++;
console.log(big);
let neg: number = -0;
neg++;
console.log(neg);
neg--;
console.log(neg, 1 / neg);
let a: number = 1;
let b: number = a++ + a++;
console.log(a, b);
let c: number = ++a * a--;
console.log(a, c);
let d: number = 10;
let e: number = d-- - --d;
console.log(d, e);
let t: number = 0.1;
for (let k = 0; k < 5; k++) {
  t++;
  console.log(t);
}
