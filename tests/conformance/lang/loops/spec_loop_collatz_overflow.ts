// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops: 3n+1 and products that pass 2^53 leave the integer copy exactly where doubles round.

function collatz(start: number, maxSteps: number): string {
  let n: number = start;
  let steps: number = 0;
  while (n !== 1 && steps < maxSteps) {
    if (n % 2 === 0) n = n / 2;
    else n = 3 * n + 1;
    steps++;
  }
  return `${start} -> n=${n} steps=${steps}`;
}

console.log(collatz(27, 1000));
console.log(collatz(97, 1000));
// 3n+1 of these passes 2^53 (3 * 3002399751580331 + 1 = 2^53 + 2): doubles round from there on.
console.log(collatz(3002399751580331, 60));
console.log(collatz(3002399751580333, 60));
console.log(collatz(6004799503160661, 40));
// Starting at exactly 2^53 (an exact integer the fast copy accepts) and just below it.
console.log(collatz(9007199254740992, 70));
console.log(collatz(9007199254740991, 70));
console.log(collatz(-7, 20));

// A product past 2^63 (i64 overflow) and one between 2^53 and 2^63.
function squares(x: number, rounds: number): string {
  let s: number = x;
  let i: number = 0;
  let acc: number = 0;
  while (i < rounds) {
    s = s * s;
    acc = acc + s;
    i = i + 1;
  }
  return `${x}: s=${s} acc=${acc} i=${i}`;
}
console.log(squares(3, 4));
console.log(squares(3, 6));
console.log(squares(-3, 7));
console.log(squares(65536, 3));
console.log(squares(100000, 2));

// Sums and differences crossing ±2^53 by one.
function walk(x: number, step: number, count: number): string {
  let v: number = x;
  let k: number = 0;
  for (let j = 0; j < count; j++) {
    v = v + step;
    k -= step;
  }
  return `${x} ${step}: v=${v} k=${k}`;
}
console.log(walk(9007199254740980, 1, 20));
console.log(walk(-9007199254740980, -1, 20));
console.log(walk(9007199254740990, 3, 5));
console.log(walk(0, 4503599627370496, 4));

// A saturating i64 counter (an int slot) stepping past 2^53 next to a double.
function saturate(): string {
  let c = 9007199254740988;
  let x: number = 1;
  for (let k = 0; k < 10; k++) {
    c++;
    x = x * 3 + 1;
  }
  let d = -9007199254740989;
  let y: number = 5;
  let m = 0;
  while (m < 8) {
    d--;
    y = y * 5 - 2;
    m++;
  }
  return `c=${c} x=${x} d=${d} y=${y} m=${m}`;
}
console.log(saturate());
