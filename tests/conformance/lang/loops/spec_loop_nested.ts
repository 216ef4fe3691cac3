// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops with nested loops: deopts in an inner loop's test, update, initialiser and body, and inner/outer break and continue.

function grid(rows: number, cols: number, seed: number): string {
  let sum: number = 0;
  let r: number = 0;
  while (r < rows) {
    for (let c = seed; c < cols; c += 2) {
      if (c === 5) continue;
      sum = sum + r * c;
      if (sum > 200) break;
    }
    r++;
  }
  return `grid ${rows}x${cols} seed ${seed}: sum=${sum} r=${r}`;
}
console.log(grid(4, 9, 0));
console.log(grid(3, 12, -3));
console.log(grid(2, 7, 0.5));

// The inner test divides by a value that reaches 0 (after exact quotients).
function innerTest(limit: number): string {
  let hits: number = 0;
  for (let i = 3; i > -2; i--) {
    let j: number = 6;
    while (j / i !== limit && j < 100) {
      j = j * 2;
      hits++;
    }
  }
  return `innerTest ${limit}: hits=${hits}`;
}
console.log(innerTest(4));
console.log(innerTest(40));

// The inner update passes 2^53 (where doubles round k + step), after a few rounds in integers.
function innerUpdate(step: number): string {
  let total: number = 0;
  let rounds: number = 0;
  for (let i = 0; i < 4; i++) {
    for (let k = 9007199254740970 + i * 3; k < 9007199254740992; k += step) total = total + 1;
    rounds++;
  }
  return `innerUpdate ${step}: total=${total} rounds=${rounds}`;
}
console.log(innerUpdate(5));
console.log(innerUpdate(7));
console.log(innerUpdate(21));

// The inner for's initialiser deoptimises (an inexact quotient), then the inner body (a -0).
function init(d: number): string {
  let out: number = 0;
  let z: number = 1;
  let n: number = 0;
  do {
    for (let k = 12 / d; k < 8; k++) {
      z = (k - 5) * d;
      out = out + k;
    }
    d = d - 1;
    n++;
  } while (n < 5);
  return `init out=${out} z=${z} ${1 / z} d=${d}`;
}
console.log(init(4));
console.log(init(3));
console.log(init(0));

// Break and continue of the inner loop only; the outer loop counts on.
function jumps(n: number): string {
  let outer: number = 0;
  let innerSteps: number = 0;
  let last: number = 0;
  for (let a = 0; a < n; a++) {
    outer++;
    let b: number = a;
    while (true) {
      b = b * 3 + 1;
      innerSteps++;
      if (b % 2 === 0) continue;
      if (b > 1000) break;
      last = b;
    }
  }
  return `jumps ${n}: outer=${outer} inner=${innerSteps} last=${last}`;
}
console.log(jumps(5));
console.log(jumps(30));

// Three levels, collatz in the middle: the fast copy of the whole nest, left where 3n+1 passes 2^53.
function nest(base: number): string {
  let longest: number = 0;
  let where: number = 0;
  for (let hi = 0; hi < 3; hi++) {
    for (let lo = 1; lo < 4; lo++) {
      let n: number = base * (hi + 1) + lo;
      let len: number = 0;
      while (n !== 1 && len < 100) {
        if (n % 2 === 0) n = n / 2;
        else n = 3 * n + 1;
        len++;
      }
      if (len > longest) {
        longest = len;
        where = hi * 10 + lo;
      }
    }
  }
  return `nest ${base}: longest=${longest} where=${where}`;
}
console.log(nest(10));
console.log(nest(1000001));
console.log(nest(1501199875790165));
console.log(nest(3002399751580330));
