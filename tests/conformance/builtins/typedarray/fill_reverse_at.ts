// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: fill with relative bounds and converted values, reverse in place, at with negative indices
const a = new Int8Array(8);
a.fill(5);
console.log(a.join(","));
a.fill(-1, 2, 4);
console.log(a.join(","));
a.fill(300, -2);
console.log(a.join(","));
a.fill(7, -100, -6);
console.log(a.join(","));
a.fill(1, 5, 3);
a.fill(NaN, 7);
console.log(a.join(","), a.fill(2) === a);
const r = new Float32Array([1, 2.5, 3, 4.25]);
console.log(r.reverse().join(","), r.join(","), r.reverse() === r);
const odd = new Uint16Array([1, 2, 3]).reverse();
console.log(odd.join(","), new Uint8Array(0).reverse().length, new Uint8Array([9]).reverse().join(","));
const v = new Uint32Array([10, 20, 30]);
console.log(v.at(0), v.at(-1), v.at(-3), v.at(3), v.at(-4), v.at(1.7), v.at(-0.5));
const last = v.at(-1);
console.log(last === undefined ? "none" : last * 2);
