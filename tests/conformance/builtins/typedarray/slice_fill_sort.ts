// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: slice and fill with negative/NaN bounds, numeric sort of negatives, -0, NaN and comparators
const a = Int32Array.of(5, -3, 10, 0, -20, 7, 3);
console.log(a.slice(-3).join(","), a.slice(1, -1).join(","), a.slice(5, 2).length, a.slice(NaN, 2).join(","), a.slice(-100).length);
const s = a.slice();
s.sort();
console.log(s.join(","), a.join(","));
console.log(a.sort() === a, a.join(","));
const f = Float64Array.of(3, NaN, -0, 0, -Infinity, 1e-10, -1e-10, Infinity, NaN, 0, -0);
f.sort();
console.log(Array.from(f).map((x) => (x === 0 && 1 / x < 0 ? "-0" : String(x))).join(" "));
const u = Uint8Array.of(10, 9, 100, 1, 2, 20);
u.sort();
console.log(u.join(","));
u.sort((x, y) => y - x);
console.log(u.join(","));
const st = Uint16Array.of(21, 12, 31, 11, 22, 32);
st.sort((x, y) => (x % 10) - (y % 10));
console.log(st.join(","));
const z = new Int8Array(8);
console.log(z.fill(5, 2, 4).join(""), z.fill(1, -2).join(""), z.fill(3, -100, 1).join(""), z.fill(9, 6, 2).join(""), z.fill(7, NaN, 1).join(""), z.fill(-1, 7.9).join(","));
