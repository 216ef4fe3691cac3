// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: atan2 over every combination of signed zeros, infinities, NaN and the four quadrants
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const vs: number[] = [0, -0, 1, -1, Infinity, -Infinity, NaN, 5e-324, -5e-324];
for (const y of vs) {
  const row: string[] = [];
  for (const x of vs) {
    const r = Math.atan2(y, x);
    row.push(isNegZero(r) ? "-0" : String(r));
  }
  console.log(y, row.join(" "));
}
for (let deg = -180; deg <= 180; deg += 30) {
  const t = (deg * Math.PI) / 180;
  console.log(deg, Math.atan2(Math.sin(t), Math.cos(t)), Math.atan2(3 * Math.sin(t), 2 * Math.cos(t)));
}
