// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: sort with comparators (descending, by absolute value, NaN-returning) on float kinds holding NaN and -0
const f = Float32Array.of(3, -1, NaN, -0, 0, 2.5, -Infinity, 1e-40, NaN);
const desc = f.slice().sort((a, b) => b - a);
console.log(Array.from(desc).map((x) => (x === 0 && 1 / x < 0 ? "-0" : String(x))).join(" "));
const byAbs = Float64Array.of(-3, 2, -1, 0, 1, -2, 3).sort((a, b) => Math.abs(a) - Math.abs(b));
console.log(byAbs.join(" "));
const same = Int16Array.of(5, 3, 9, 1).sort(() => NaN);
console.log(same.join(" "));
const dflt = Float64Array.of(0, -0, NaN, -0, 0, -1).sort();
console.log(Array.from(dflt).map((x) => (x === 0 && 1 / x < 0 ? "-0" : String(x))).join(" "));
const big = new Uint16Array(1000);
for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) % 65536;
big.sort();
let ok = true;
for (let i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
console.log(ok, big[0], big[999], big[500]);
const st = Int8Array.of(-3, 3, -2, 2, -1, 1).sort((a, b) => Math.abs(a) - Math.abs(b));
console.log(st.join(" "));
