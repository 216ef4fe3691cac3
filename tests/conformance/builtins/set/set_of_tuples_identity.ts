// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: arrays and objects are compared by identity, so keying by string is needed for value semantics
const byRef = new Set<number[]>();
byRef.add([1, 2]);
byRef.add([1, 2]);
const byKey = new Set<string>();
byKey.add([1, 2].join(","));
byKey.add([1, 2].join(","));
console.log(byRef.size, byKey.size);
const p = [3, 4];
byRef.add(p);
byRef.add(p);
console.log(byRef.size, byRef.has(p), byRef.has([3, 4]));
