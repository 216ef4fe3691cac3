// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toString, toFixed, toPrecision and toExponential over a deterministic sweep of values, summarised by lines
let seed = 12345;
const next = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed;
};
for (let i = 0; i < 60; i++) {
  const mant = next() / 0x7fffffff;
  const exp = (next() % 40) - 20;
  const x = (next() % 2 === 0 ? 1 : -1) * mant * 10 ** exp;
  console.log(x, x.toString(7), x.toFixed(4), x.toPrecision(7), x.toExponential(5), x.toString(36).slice(0, 24));
}
for (let i = 1; i <= 30; i++) {
  const x = i / 16 + i * 0.005;
  console.log(x, x.toFixed(2), x.toFixed(3), x.toPrecision(2), x.toExponential(1));
}
