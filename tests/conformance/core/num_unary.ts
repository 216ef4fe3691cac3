// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unary minus, plus, logical not and bitwise not applied to numbers
let a: number = 5;
let z: number = 0;
let n: number = 0 / 0;
console.log(-a, +a, !a, ~a, -(-a), !!a);
console.log(-z, +z, !z, ~z, !!z);
console.log(-n, +n, !n, ~n);
let tiny: number = 0.0001;
let mone: number = -1;
let mzero: number = -0;
console.log(-(1 / 0), !(1 / 0), ~(1 / 0), !mzero, !tiny, !mone);
console.log(- -a, -(+a), +(-a), ~~a, ~-a, -~a, !~-1, !~0);
let b: number = -2.5;
console.log(-b, +b, ~b, !b);
let s: number = 0;
for (let i = -3; i <= 3; i++) {
  s = s + -i * ~i;
  console.log(i, -i, ~i, !i, s);
}
