// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops: a -0 from *, /, % or unary minus deoptimises, and the loop's variables keep it.

function show(label: string, v: number): void {
  console.log(label, v, (v === 0 && 1 / v < 0) ? 'minus-zero' : '', 1 / v);
}

function products(a: number, b: number): void {
  let p: number = 1;
  let q: number = a;
  let i: number = 0;
  while (i < 3) {
    p = q * b;
    q = q - 1;
    i++;
  }
  show(`products ${a} ${b} p`, p);
  show(`products ${a} ${b} q`, q);
}
products(2, -4);
products(3, -4);
products(1, 5);
products(2, 0);

function quotients(a: number, d: number): void {
  let r: number = 7;
  let k: number = 0;
  while (k < 2) {
    r = a / d;
    a = a - d;
    k++;
  }
  show(`quotients ${d} r`, r);
  show(`quotients ${d} a`, a);
}
quotients(0, -3);
quotients(3, -3);
quotients(-6, 3);
quotients(6, 3);

function remainders(start: number, m: number): void {
  let x: number = start;
  let r: number = 1;
  let n: number = 0;
  for (; n < 4; n++) {
    r = x % m;
    x = x + 1;
  }
  show(`remainders ${start} ${m} r`, r);
  show(`remainders ${start} ${m} x`, x);
}
remainders(-7, 2);
remainders(-8, 3);
remainders(-3, 5);
remainders(5, -3);
remainders(-9, -2);

function negations(v: number): void {
  let w: number = v;
  let z: number = 0;
  let t: number = 0;
  while (t < 3) {
    z = -w;
    w = w - 1;
    t++;
  }
  show(`negations ${v} z`, z);
  show(`negations ${v} w`, w);
}
negations(2);
negations(1);
negations(5);

// Compound forms: x *= y, x /= y, x %= y.
function compound(seed: number): void {
  let a: number = seed;
  let b: number = seed;
  let c: number = seed;
  let i: number = 0;
  while (i < 2) {
    a *= -1;
    b /= -2;
    c %= 2;
    i += 1;
  }
  show(`compound ${seed} a`, a);
  show(`compound ${seed} b`, b);
  show(`compound ${seed} c`, c);
}
compound(0);
compound(4);
compound(-4);
compound(-6);

// Comparisons and truthiness cannot tell -0 from 0: these stay in the integer copy.
function compares(a: number, b: number): void {
  let hits: number = 0;
  let i: number = 0;
  while (i < 5) {
    if (a * b < 1) hits = hits + 1;
    if (-a === 0) hits = hits + 10;
    if (!(b % 3)) hits = hits + 100;
    a = a - 1;
    i++;
  }
  console.log('compares', hits, a, b);
}
compares(2, -3);
compares(0, 6);

// 0 / -k is -0, and stays the loop's last value.
function zeroQuotient(a: number, d: number): void {
  let r: number = 1;
  let i: number = 0;
  while (i < 2) {
    r = a / d;
    d = d - 1;
    i++;
  }
  show(`zeroQuotient ${a} ${d} r`, r);
}
zeroQuotient(0, -1);
zeroQuotient(0, 3);
zeroQuotient(-4, -1);
