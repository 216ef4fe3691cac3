// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: flat over nested arrays of objects at different depths keeps object identity
interface P { id: number }
const p1: P = { id: 1 };
const p2: P = { id: 2 };
const p3: P = { id: 3 };
const nested = [[p1, [p2]], [[p3]]];
const once = nested.flat();
const twice = nested.flat(2);
console.log(once.length, twice.length, twice[0] === p1, twice[1] === p2, twice[2] === p3);
console.log(twice.map((p) => p.id).join(","));
console.log(nested.flat(Infinity));
