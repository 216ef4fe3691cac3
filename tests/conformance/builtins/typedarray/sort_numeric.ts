// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays sort numerically by default (unlike arrays), -0 before +0, NaN last; a comparator sorts too
const nums = [10, 9, 1, 100, -5, 25, 3];
console.log([...nums].sort().join(","));
console.log(new Int32Array(nums).sort().join(","));
console.log(new Uint8Array([200, 3, 17, 0, 255, 17]).sort().join(","));
const f = new Float64Array([3, NaN, -0, 0, -Infinity, 1e-300, NaN, -1, Infinity, 0, -0]);
f.sort();
console.log(f.join(","), 1 / f[1], 1 / f[3], 1 / f[5]);
const g = new Float32Array([2.5, -1.25, 1e30, -1e30]).sort();
console.log(g.join(","));
const d = new Int16Array([5, -3, 8, 1, -9]);
d.sort((x, y) => y - x);
console.log(d.join(","));
const byLastDigit = new Uint32Array([21, 13, 4294967295, 30, 45]).sort((x, y) => (x % 10) - (y % 10));
console.log(byLastDigit.join(","));
const big = new Int32Array(1000);
for (let i = 0; i < big.length; i++) big[i] = ((i * 7919) % 1000) - 500;
big.sort();
let sorted = true;
for (let i = 1; i < big.length; i++) if (big[i - 1] > big[i]) sorted = false;
console.log(sorted, big[0], big[999], big.sort() === big);
