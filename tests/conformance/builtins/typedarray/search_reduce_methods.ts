// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: indexOf/lastIndexOf/includes with NaN, -0 and fromIndex; map/filter/reduce/every/some/find on each kind
const f = Float64Array.of(1, NaN, -0, 2, 1, NaN);
console.log(f.indexOf(NaN), f.includes(NaN), f.indexOf(0), f.lastIndexOf(-0), f.indexOf(1, 1), f.lastIndexOf(1, 3), f.indexOf(1, -2), f.includes(2, -2), f.includes(2, 10));
const u = Uint8Array.of(3, 255, 3, 0);
console.log(u.indexOf(-1), u.indexOf(255), u.includes(256), u.lastIndexOf(3), u.lastIndexOf(3, -3), u.indexOf(3, -1));
const i = Int16Array.of(-5, 10, 15, -20);
const dbl = i.map((x) => x * 4000);
console.log(dbl, dbl.BYTES_PER_ELEMENT);
const pos = i.filter((x) => x > 0);
console.log(pos, pos.length, pos.buffer === i.buffer);
console.log(i.reduce((s, x) => s + x), i.reduce((s, x) => s + x, 100), i.reduce((s, x, k) => s + k, ""));
console.log(i.every((x) => x !== 0), i.some((x) => x < -10), i.find((x) => x > 10), i.findIndex((x) => x > 100), i.find((x) => x > 100));
try { new Float32Array(0).reduce((s, x) => s + x); } catch (e) { console.log((e as Error).name, (e as Error).message); }
const seen: string[] = [];
Uint32Array.of(7, 8).forEach((v, k, arr) => seen.push(`${k}:${v}/${arr.length}`));
console.log(seen.join(" "));
const c = Uint8ClampedArray.of(1, 2, 3).map((x) => x * 100);
console.log(c);
