// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: subarray shares memory with the parent; slice copies
const a = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
const sub = a.subarray(2, 5);
const sl = a.slice(2, 5);
sub[0] = 100;
sl[1] = 200;
console.log(Array.from(a).join(","), Array.from(sub).join(","), Array.from(sl).join(","));
console.log(sub.byteOffset, sl.byteOffset, sub.buffer === a.buffer, sl.buffer === a.buffer);
console.log(Array.from(a.subarray(-3)).join(","), Array.from(a.subarray(5, 2)).join(","), a.slice(-2).length);
