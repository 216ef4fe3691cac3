// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops: deoptimising in the loop test, an if test, a nested block, the for update, and after break/continue paths.

// The test itself leaves the integers: x * x passes 2^53 (an exact square no longer).
function squareTest(x: number, limit: number): string {
  let n: number = 0;
  while (x * x < limit) {
    x = x * 3;
    n++;
  }
  return `squareTest x=${x} n=${n}`;
}
console.log(squareTest(1, 100));
console.log(squareTest(5, 2 ** 60));
console.log(squareTest(7, Infinity));

// An if test divides by a counter that reaches 0 (Infinity, then NaN).
function ifTest(a: number, d: number): string {
  let hits: number = 0;
  let misses: number = 0;
  let i: number = 0;
  while (i < 6) {
    if (a / d > 2) hits = hits + 1;
    else misses = misses + 1;
    d = d - 1;
    i++;
  }
  return `ifTest hits=${hits} misses=${misses} d=${d}`;
}
console.log(ifTest(12, 3));
console.log(ifTest(0, 2));
console.log(ifTest(-5, 1));

// A deopt three blocks deep; the statements before it in the iteration ran once only.
function nested(v: number): string {
  let a: number = 0;
  let b: number = 0;
  let c: number = v;
  for (let i = 0; i < 5; i++) {
    a = a + 1;
    if (i > 1) {
      {
        if (c > 0) {
          b = b + 10;
          c = c / 2;
          b = b + 100;
        }
      }
    }
    a = a + 1000;
  }
  return `nested a=${a} b=${b} c=${c}`;
}
console.log(nested(64));
console.log(nested(6));
console.log(nested(0));

// Deopts after a continue or break was taken on earlier iterations.
function jumps(limit: number): string {
  let odd: number = 0;
  let sum: number = 0;
  let x: number = 1;
  let i: number = 0;
  while (true) {
    i = i + 1;
    if (i > limit) break;
    if (i % 2 === 1) {
      odd = odd + 1;
      continue;
    }
    x = x * -2;
    sum = sum + x / 4;
  }
  return `jumps odd=${odd} sum=${sum} x=${x} i=${i}`;
}
console.log(jumps(1));
console.log(jumps(2));
console.log(jumps(9));
console.log(jumps(130));

// The for update deoptimises (i passes 2^53 by a large step, or by one, where doubles stop counting).
function update(start: number, step: number, end: number): string {
  let count: number = 0;
  let i: number = start;
  for (; i <= end; i += step) {
    count = count + 1;
    if (count > 6) break;
  }
  return `update i=${i} count=${count}`;
}
const TWO53: number = 2 ** 53;
console.log(update(0, 2 ** 51, TWO53));
console.log(update(TWO53 - 3, 1, TWO53));
console.log(update(5, 0.5, 100));

// Locals declared in the body, read after the statement that deoptimises.
function inner(seed: number): string {
  let out: number = 0;
  let k: number = 0;
  do {
    const twice = seed * 2;
    let half = twice / 4;
    const third = half / 3;
    out = out + twice + half + third;
    seed = seed + 3;
    k++;
  } while (k < 4);
  return `inner out=${out} seed=${seed} k=${k}`;
}
console.log(inner(6));
console.log(inner(4));
console.log(inner(-6));

// A do-while whose test deoptimises.
function doTest(v: number): string {
  let n: number = 0;
  do {
    v = v - 2;
    n++;
  } while (10 / v > 1 && n < 20);
  return `doTest v=${v} n=${n}`;
}
console.log(doTest(9));
console.log(doTest(8));
console.log(doTest(-4));
