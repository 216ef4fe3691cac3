// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops: variables that are not exact integers on entry (fractions, -0, NaN, ±Infinity, past 2^53) run the double loop.

function show(label: string, v: number): void {
  console.log(label, v, (v === 0 && 1 / v < 0) ? 'minus-zero' : '');
}

function steps(start: number, limit: number): void {
  let n: number = start;
  let c: number = 0;
  while (c < limit && n !== 1) {
    if (n % 2 === 0) n = n / 2;
    else n = 3 * n + 1;
    c++;
  }
  show(`steps ${start} n`, n);
  show(`steps ${start} c`, c);
}
steps(6, 50);
steps(0.5, 10);
steps(-0, 5);
steps(0, 5);
steps(NaN, 5);
steps(Infinity, 5);
steps(-Infinity, 5);
steps(9007199254740994, 5);
steps(-9007199254740992, 5);
steps(1.5, 6);
steps(6, 0.5);
steps(6, NaN);

// A read-only bound that is not an integer.
function countTo(bound: number): void {
  let i: number = 0;
  let s: number = 0;
  while (i < bound) {
    s = s + i * i;
    i = i + 1;
  }
  show(`countTo ${bound} i`, i);
  show(`countTo ${bound} s`, s);
}
countTo(10);
countTo(10.5);
countTo(-0);
countTo(NaN);

// Variables that only become integers inside the loop.
function settle(x: number): void {
  let v: number = x;
  let k: number = 0;
  for (let i = 0; i < 4; i++) {
    v = v * 2;
    k = k + 1;
  }
  show(`settle ${x} v`, v);
  show(`settle ${x} k`, k);
}
settle(0.25);
settle(3);
settle(-0);
settle(2 ** 52);
