// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// negative zero: produced by arithmetic, printed as -0 by console.log but 0 by string conversion
let z: number = -0;
console.log(z);
console.log("" + z);
console.log("z=" + z, z);
console.log(0 * -1, -1 * 0, -0 + 0, 0 + -0, -0 - 0, -0 + -0);
console.log(-0 === 0, 0 === -0, -0 < 0, -0 > 0, -0 <= 0);
console.log(1 / z, 1 / (0 * -5), 1 / (-0 + 0));
console.log(-z, -(-z), +z);
let m: number = -4 % 2;
console.log(m, 1 / m);
console.log(-1 % 1, -0.5 % 0.5, -7 % 7);
let n: number = 5;
n = n * 0;
console.log(n, -n);
let r: number = Math_round_like(-0.4);
console.log(r);
console.log(-0 | 0, ~~-0, -0 >>> 0, -0 >> 0);
console.log(-1e-320 * 1e-10, -5e-324 / 2);
console.log(z, "" + z, z + "", z + 0, z - 0);
function Math_round_like(v: number): number {
  // truncation towards zero keeps the sign of negative fractions
  return v - (v % 1);
}
