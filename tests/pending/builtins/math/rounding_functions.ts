// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: floor, ceil, round (half toward +Infinity), trunc and sign on edge values including -0 and .5 cases
const xs = [2.5, -2.5, 0.5, -0.5, 1.4999999999999998, -0.4, 0.49999999999999994, 3, -0, Infinity, NaN, 1e21 + 0.5, 4503599627370495.5];
for (const f of [Math.floor, Math.ceil, Math.round, Math.trunc, Math.sign]) {
  console.log(xs.map((x) => f(x)).map((v) => (Object.is(v, -0) ? "-0" : String(v))).join(" "));
}
console.log(Object.is(Math.round(-0.4), -0), Object.is(Math.ceil(-0.5), -0), Object.is(Math.trunc(-0.9), -0), Object.is(Math.sign(-0), -0));
