// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Parameters of closures called by name: integer only when every call passes an integer.

let trace = 0;
const mix = (id: number): void => {
  trace = (trace * 7 + id) % 1000003;
};
for (let i = 0; i < 1000; i++) mix(i % 7);
console.log(trace);

// One call passes a fraction: `x` must stay a double everywhere.
const half = (x: number): number => x * 3 + 1;
console.log(half(4), half(5), half(2.5), half(-1));

// One call passes -0: the parameter must keep its sign.
const sign = (x: number): number => 1 / x;
console.log(sign(1), sign(-0), sign(-3));

// Expression bodies returning integers feed integer arithmetic.
const sq = (k: number): number => k * k;
const wrap = function (k: number): number {
  return (k * 65537) | 0;
};
let acc = 0;
for (let i = 0; i < 50; i++) acc = (acc + sq(i) + wrap(i * 40000)) % 2147483647;
console.log(acc, sq(46341), wrap(65536));

// A closure also passed as a value (to map): its parameter is not specialised.
const inc = (v: number): number => v + 1;
console.log(inc(2 ** 53 - 2), [0.5, 1, -0].map(inc).join(','));

// A named function expression calls itself by its own name with fractions.
const down = function walk(n: number): number {
  return n <= 0 ? n : walk(n - 0.75);
};
console.log(down(3), down(2));

// Counters inside closures called by name.
let ticks = 9007199254740989;
const tick = (times: number): number => {
  for (let t = 0; t < times; t++) ticks++;
  return ticks;
};
console.log(tick(2), tick(2), tick(5), ticks - 1);
