// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Integer module globals and locals (kept in integer slots) crossing int32 limits, >>> 0 and | 0 wraps.

let seed: number = 2463534242;
function next(): number {
  let x: number = seed;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  seed = x >>> 0;
  return seed;
}

let acc: number = 0;
let signed: number = 0;
for (let i = 0; i < 20; i++) {
  const r = next();
  acc = (acc + r) >>> 0;
  signed = (signed + r) | 0;
  if (i % 5 === 0) console.log(r, acc, signed, r > 2147483647, r >>> 31);
}
console.log(seed, acc, signed);

// A local that holds values on both sides of 2^31 and 2^32.
let wide = 2147483646;
for (let i = 0; i < 4; i++) {
  wide = wide + 1;
  console.log(wide, wide | 0, wide >>> 0, wide >> 1, -wide);
}
let big = 4294967294;
for (let i = 0; i < 3; i++) {
  big = big + 1;
  console.log(big, big | 0, big >>> 0, (big * 3) % 1000, big & 0xffff);
}

// Negative values through integer slots; -0 must not appear from integer paths.
let neg = -5;
for (let i = 0; i < 11; i++) {
  const rem = neg % 5;
  console.log(neg, rem, 1 / rem < 0, 1 / (neg * 0 + 1));
  neg = neg + 1;
}
let m = 3;
m = m - 3;
console.log(m, 1 / m < 0, 1 / m);
let z = 0;
z = -z;
console.log(1 / z < 0, 1 / z);

const LIMIT: number = 1000;
let fib1 = 0;
let fib2 = 1;
while (fib2 < LIMIT * LIMIT * LIMIT * 4) {
  const t = fib1 + fib2;
  fib1 = fib2;
  fib2 = t;
}
console.log(fib1, fib2, fib2 | 0);
