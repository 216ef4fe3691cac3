// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: sin, cos and tan of huge arguments that need exact argument reduction, and of multiples of pi/2 and pi/4
const xs: number[] = [1e6, 1e10, 1e15, 1e22, 1e100, 1e300, 2 ** 60, 2 ** 1000, -1e22, 1.7976931348623157e308, 6381956970095103 * 2 ** 797, 5.319372648326541e255, 3.14159265358979, 1e-300, 1e-8];
for (const x of xs) console.log(x, Math.sin(x), Math.cos(x), Math.tan(x));
for (let k = -8; k <= 8; k++) {
  const x = (k * Math.PI) / 4;
  console.log(k, Math.sin(x), Math.cos(x), Math.tan(x), Math.atan(Math.tan(x)));
}
