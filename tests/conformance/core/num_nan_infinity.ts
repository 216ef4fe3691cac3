// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// NaN and Infinity: producing, printing, comparing and propagating
let nan: number = 0 / 0;
let inf: number = 1 / 0;
console.log(nan, inf, -inf, NaN, Infinity, -Infinity);
console.log(nan === nan, nan !== nan, nan < 1, nan > 1, nan <= nan, nan >= nan);
let nan2: number = NaN;
console.log(nan2 === nan2, Infinity === inf, -Infinity === -inf);
console.log(inf - inf, inf * 0, inf / inf, inf + 1, inf * -1, -inf - inf);
console.log(inf > 1e308, -inf < -1e308, inf === inf + 1, inf > inf);
console.log(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2 ** 1024);
console.log(nan + 1, nan * 0, -nan, nan - nan, "" + nan, "" + inf, "" + -inf);
console.log(!nan, !inf, !!nan, !!inf);
let isNan: boolean = nan !== nan;
console.log("isNan", isNan);
let count: number = 0;
for (let v = 0; v < 5; v++) {
  let q: number = v / (v - 2);
  if (q !== q) {
    count++;
  }
  console.log(v, q);
}
console.log("nan count", count);
console.log(inf % 5, 5 % inf, -5 % inf, 5 % -inf, nan % 1);
