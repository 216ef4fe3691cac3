// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops where they sit: module top level, closures, methods, generic and async functions, try/finally, labels.

// Module-level variables, read and written by a top-level loop and then by a function.
let g: number = 27;
let gSteps: number = 0;
while (g !== 1) {
  if (g % 2 === 0) g = g / 2;
  else g = 3 * g + 1;
  gSteps++;
}
function report(): string {
  return `g=${g} gSteps=${gSteps}`;
}
console.log(report());

// A closure reading a captured constant and its own locals.
const factor: number = 3;
const scale = (start: number): number => {
  let v: number = start;
  let n: number = 0;
  while (n < 5) {
    v = v * factor - n;
    n++;
  }
  return v;
};
console.log('closure', scale(1), scale(-2), scale(0), scale(0.5));

// A captured-and-assigned counter keeps the loop ordinary; the result is the same.
let seen: number = 0;
const bump = (): number => ++seen;
let w: number = 10;
while (w > 0) {
  w = w - 3;
  seen = seen + 1;
}
console.log('captured', w, seen, bump());

class Walker {
  steps: number = 0;
  walk(from: number, to: number): number {
    let x: number = from;
    let k: number = 0;
    for (; x < to; x += 7) k++;
    this.steps = k;
    return x;
  }
}
const walker = new Walker();
console.log('method', walker.walk(0, 50), walker.steps, walker.walk(-9007199254740990, -9007199254740970), walker.steps);

function firstOf<T>(items: T[], rounds: number): T {
  let i: number = 0;
  let acc: number = 1;
  while (i < rounds) {
    acc = (acc * 5) % 7;
    i++;
  }
  return items[acc % items.length];
}
console.log('generic', firstOf(['a', 'b', 'c'], 4), firstOf([10, 20], 3));

async function later(n: number): Promise<number> {
  let s: number = 0;
  for (let i = 1; i <= n; i++) s += i * i;
  await Promise.resolve(0);
  let t: number = s;
  while (t > 100) t = t / 2;
  return t;
}
later(10).then((v) => console.log('async', v));
later(3).then((v) => console.log('async', v));

function guarded(n: number): string {
  let log: number = 0;
  try {
    let i: number = n;
    while (i > -3) {
      log = log * 10 + i;
      i = i - 1;
      if (log > 1000000) break;
    }
    return `try ${log} ${i}`;
  } finally {
    log = -log;
    console.log('finally', log, 1 / log);
  }
}
console.log(guarded(4));
console.log(guarded(0));

function labelled(limit: number): string {
  let found: number = -1;
  let i: number = 0;
  outer: while (i < limit) {
    i++;
    let j: number = 0;
    while (j < limit) {
      if (i * j === 12) {
        found = i * 100 + j;
        break outer;
      }
      j++;
      if (j > i) continue outer;
    }
  }
  // An unlabelled inner loop of a labelled one is versioned on its own.
  let k: number = 0;
  lone: while (k < 1048576) {
    k = k * 2 + 1;
    if (k % 1000 === 7) break;
  }
  return `labelled ${found} ${i} ${k}`;
}
console.log(labelled(10));
console.log(labelled(3));
