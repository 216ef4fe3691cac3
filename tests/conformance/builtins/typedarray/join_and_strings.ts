// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: join with separators, element formatting, String(ta), template literals and concatenation
const f = new Float64Array([0.1, -0, 1e21, 1e-7, NaN, Infinity, -Infinity, 123.456]);
console.log(f.join(), f.join(" | "), f.join(""));
console.log(String(f));
const u = new Uint32Array([4294967295, 0, 1]);
console.log(`${u}`, "u=" + u, u.toString(), u.join("--"));
console.log(new Float32Array([0.1, 16777217]).join(";"));
console.log(new Int8Array(0).join(","), `[${new Int8Array(0)}]`, new Int8Array(3).join("x"));
const words = new Uint8Array([104, 105]);
console.log(String.fromCharCode(words[0], words[1]), words.join(""));
