// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: console.log formatting of Sets, empty Sets and Sets inside arrays and objects
console.log(new Set());
console.log(new Set([1, 2, 3]));
console.log(new Set(["a", "b"]), [new Set([true])]);
console.log({ tags: new Set(["x"]) });
