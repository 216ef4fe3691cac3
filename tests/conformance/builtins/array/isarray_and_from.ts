// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: Array.isArray on arrays, typed arrays and objects; Array.from on strings, Sets, Maps and array-likes
console.log(Array.isArray([]), Array.isArray([1]), Array.isArray(new Uint8Array(2)), Array.isArray({ length: 0 }), Array.isArray("abc"));
console.log(Array.from("héllo"), Array.from(new Set([1, 1, 2])), Array.from(new Map([["a", 1]])));
console.log(Array.from({ length: 3 }), Array.from([1, 2, 3], (x) => x * 2));
console.log(Array.from(new Uint8Array([5, 6])), Array.from([1, 2, 3].keys()), Array.from([7, 8].entries()));
