// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: flat with default, zero, literal and Infinity depths; flatMap with arrays and scalars
const n = [1, [2, [3, [4, [5]]]]];
console.log(n.flat(0), n.flat(), n.flat(2), n.flat(3), n.flat(Infinity));
const words = ["a b", "", "c d e"];
console.log(words.flatMap((w) => (w ? w.split(" ") : [])));
console.log([1, 2, 3].flatMap((x) => (x % 2 ? [x, x] : x)));
const grid = [[1, 2], [3], []];
console.log(grid.flat().length, grid.flat().reduce((s, x) => s + x, 0));
const strs = [["a"], ["b", "c"]];
console.log(strs.flat().join("-"), [[true], [false]].flat());
