// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Uint8ClampedArray: rounding half to even at every .5 boundary, negatives, huge, NaN and infinities
const c = new Uint8ClampedArray(1);
const out: string[] = [];
for (let x = -1.5; x <= 6; x += 0.5) { c[0] = x; out.push(`${x}->${c[0]}`); }
console.log(out.join(" "));
const edge = [253.5, 254.5, 254.49999, 254.50001, 255.4, 255.5, 256.5, 1e9, -1e9, NaN, Infinity, -Infinity, 0.49999999999999994, -0, 127.5, 128.5];
const r = Uint8ClampedArray.from(edge);
console.log(Array.from(r).join(" "));
const d = new Uint8ClampedArray([10, 20]);
d[0] += 300; d[1] -= 100;
console.log(d[0], d[1]);
d[0] = 7.5; d[1] = 8.5;
d[0]++; d[1]--;
console.log(d[0], d[1]);
const m = new Uint8ClampedArray([100, 200, 250]).map((x) => x * 1.5);
console.log(m);
