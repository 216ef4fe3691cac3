// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: flat() flattens one level by default; flat(depth) and flatMap
const nested = [1, [2, 3], [4, [5, [6]]], [], [[]]];
console.log(nested.flat());
console.log(nested.flat(2));
console.log(nested.flat(Infinity));
console.log([1, 2, 3].flatMap((x) => [x, x * 10]), ["a b", "c"].flatMap((s) => s.split(" ")));
console.log([[1], [2]].flat().length, [1, 2].flat());
