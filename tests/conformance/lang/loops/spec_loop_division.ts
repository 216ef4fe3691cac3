// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops: inexact quotients, division by zero and % by zero deoptimise to doubles.

function halve(n: number, rounds: number): string {
  let x: number = n;
  let i: number = 0;
  while (i < rounds) {
    x = x / 2;
    i++;
  }
  return `halve ${n}: ${x} after ${i}`;
}
console.log(halve(64, 5));
console.log(halve(64, 8));
console.log(halve(-12, 4));
console.log(halve(7, 3));

function divideBy(a: number, d: number): string {
  let q: number = 0;
  let r: number = 0;
  let k: number = 0;
  while (k < 4) {
    q = a / d;
    r = a % d;
    d = d - 1;
    k++;
  }
  return `divideBy ${a}: q=${q} r=${r} d=${d}`;
}
console.log(divideBy(12, 3));
console.log(divideBy(12, 2));
console.log(divideBy(-12, 2));
console.log(divideBy(0, 2));
console.log(divideBy(60, 5));

function zeroDivisor(a: number): string {
  let d: number = 2;
  let q: number = 1;
  let m: number = 1;
  let steps: number = 0;
  for (let i = 0; i < 5; i++) {
    d = d - 1;
    q = a / d;
    m = a % d;
    steps += 1;
  }
  return `zeroDivisor ${a}: d=${d} q=${q} m=${m} steps=${steps}`;
}
console.log(zeroDivisor(6));
console.log(zeroDivisor(-6));
console.log(zeroDivisor(0));

// A remainder by zero in a condition, and an exact quotient used again.
function remainderTest(x: number, y: number): string {
  let count: number = 0;
  let j: number = 0;
  while (j < 3) {
    if (x % y === 0) count = count + 1;
    y = y - 1;
    j++;
  }
  return `remainderTest ${x}: count=${count} y=${y}`;
}
console.log(remainderTest(6, 2));
console.log(remainderTest(6, 1));
console.log(remainderTest(0, 1));

// Compound division through an inexact step, then back to integers.
function mixed(n: number): string {
  let v: number = n;
  let total: number = 0;
  let i: number = 0;
  while (i < 6) {
    v /= 3;
    total = total + v;
    v = v * 3 + 3;
    i++;
  }
  return `mixed ${n}: v=${v} total=${total}`;
}
console.log(mixed(9));
console.log(mixed(10));
