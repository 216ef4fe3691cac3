// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: flat(2)/flat(Infinity) over nested literals of unequal depth (inner literals laid out as the outer element type)
const deep = [[2, [3, [4]]], [[6]]];
console.log(deep.flat(2));
const d2 = [1, [2, [3, [4]]], [[6]]];
console.log(JSON.stringify(d2.flat(2)), d2.flat(Infinity));
