// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Integer variables captured and mutated by closures, mixed with integer-slot locals.

let switches = 0;
let trace = 0;
const step = (id: number): void => {
  switches++;
  trace = (trace * 7 + id) % 1000003;
};
for (let i = 0; i < 50000; i++) step(i % 7);
console.log(switches, trace);

function makeCounter(start: number): () => number {
  let n = start;
  return () => {
    n++;
    return n;
  };
}
const c = makeCounter(9007199254740990);
console.log(c(), c(), c(), c());

function sumWith(limit: number): number {
  let total = 0;
  let calls = 0;
  const add = (k: number): void => {
    total += k;
    calls++;
  };
  for (let i = 0; i < limit; i++) add(i);
  return total * 1000 + calls;
}
console.log(sumWith(10), sumWith(1000));

// A captured copy (never reassigned after capture) of an integer local.
let base = 2147483647;
const bases: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  const b = base + i;
  bases.push(() => b + 1);
}
console.log(bases.map((f) => f()).join(','));
base++;
console.log(base, base | 0);

let negTrace = -10;
const bump = (): void => {
  negTrace = (negTrace * 3) % 7;
};
for (let i = 0; i < 4; i++) {
  bump();
  console.log(negTrace, 1 / negTrace < 0);
}
