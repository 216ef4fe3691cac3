// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: fill, map, filter, reduce, indexOf, includes, join, reverse and sort (numeric by default)
const a = new Int32Array(6).fill(7, 1, 4);
console.log(a.join(","));
const b = new Float64Array([3, -1, 10, 2, -0, 0, NaN]);
b.sort();
console.log(Array.from(b).join(","), Object.is(b[2], -0));
const c = new Uint8Array([5, 200, 100]);
const m = c.map((x) => x * 2);
console.log(m.join(","), m instanceof Uint8Array, c.filter((x) => x > 50).join(","), c.reduce((s, x) => s + x, 0));
console.log(c.indexOf(200), c.includes(100), new Float32Array([NaN]).includes(NaN), new Float32Array([NaN]).indexOf(NaN));
console.log(c.reverse().join("-"), c.join("-"), Array.from(new Int8Array([3, -2, 1]).sort()).join(","));
