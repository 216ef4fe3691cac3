// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: every one-argument function over a deterministic sweep of arguments, printed in full to catch last-bit differences
const fs: [string, (x: number) => number][] = [["sin", (x) => Math.sin(x)], ["cos", (x) => Math.cos(x)], ["tan", (x) => Math.tan(x)], ["asin", (x) => Math.asin(x)], ["acos", (x) => Math.acos(x)], ["atan", (x) => Math.atan(x)], ["sinh", (x) => Math.sinh(x)], ["cosh", (x) => Math.cosh(x)], ["tanh", (x) => Math.tanh(x)], ["asinh", (x) => Math.asinh(x)], ["acosh", (x) => Math.acosh(x)], ["atanh", (x) => Math.atanh(x)], ["exp", (x) => Math.exp(x)], ["expm1", (x) => Math.expm1(x)], ["log", (x) => Math.log(x)], ["log1p", (x) => Math.log1p(x)], ["log2", (x) => Math.log2(x)], ["log10", (x) => Math.log10(x)], ["sqrt", (x) => Math.sqrt(x)], ["cbrt", (x) => Math.cbrt(x)], ["fround", (x) => Math.fround(x)]];
const xs: number[] = [];
for (let i = -12; i <= 12; i++) xs.push(i * 0.37, i * 13.1 + 0.5, 1 / (i + 0.3));
xs.push(1e-8, 700, 1e6, 1e15, 3.141592653589793, 1.5707963267948966);
for (const [name, f] of fs) {
  const out: string[] = [];
  for (const x of xs) out.push(String(f(x)));
  console.log(name, out.join(" "));
}
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
console.log(Math.abs(-7.5), Math.abs(-0), Math.abs(-Infinity), Math.abs(NaN), Math.atan2(1, 2), Math.pow(2.5, 3.5));
