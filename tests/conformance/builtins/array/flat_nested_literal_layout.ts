// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: nested literals of unequal depth are read element by element correctly before and after flat
const deep = [[2, [3, [4]]], [[6]], [7]];
const first = deep[1][0];
console.log(first, typeof first, deep[2][0], deep[0][1]);
deep[1].push(8);
console.log(deep, deep.flat(), deep.flat(2).length);
const words = [["a", ["b"]], [["c", "d"]]];
console.log(words.flat(), words.flat(2).join("-"));
const mixed = [1, [2, [3, [4, [5]]]], [[6, [7]]]];
console.log(JSON.stringify(mixed.flat(1)), JSON.stringify(mixed.flat(3)), mixed.flat(Infinity));
