// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: at() with negative and out-of-range indices, join with separators, String and template literals of every kind
const f = Float32Array.of(1.5, -0, NaN, 0.1);
console.log(f.at(0), f.at(-1), f.at(-4), f.at(4), f.at(-5), f.at(1.7), f.at(-0.5));
console.log(f.join(), f.join(" "), f.join(""), String(f), `${f}`, f.toString());
const kinds = [String(Int8Array.of(-1, 1)), String(Uint8Array.of(255)), String(Uint8ClampedArray.of(300)), String(Int16Array.of(-32768)), String(Uint16Array.of(65535)), String(Int32Array.of(-1)), String(Uint32Array.of(-1)), String(Float64Array.of(1e21, 1e-7)), String(new Float32Array(0))];
console.log(kinds.join(" | "));
const u = new Uint8Array(3);
console.log("[" + u + "]", u.join("--"), u.at(-1) === 0, u.at(3) === undefined);
const big = new Int16Array(200);
for (let i = 0; i < big.length; i++) big[i] = i * 300;
console.log(big.join(",").length, big.at(-1), big.at(109));
