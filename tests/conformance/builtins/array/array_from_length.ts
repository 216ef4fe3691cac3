// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array.from with an array-like { length }: fractional, zero, negative and computed lengths
console.log(Array.from({ length: 3 }));
console.log(Array.from({ length: 2.9 }, (_, i) => i));
console.log(Array.from({ length: 0 }, () => 1), Array.from({ length: -4 }, () => 1));
const n = 5;
const squares = Array.from({ length: n }, (_, i) => i * i);
console.log(squares, squares.length);
const grid = Array.from({ length: 3 }, (_, r) => Array.from({ length: 4 }, (_, c) => (r + c) % 2 === 0 ? "#" : "."));
console.log(grid.map((row) => row.join("")).join("\n"));
const labels = Array.from({ length: 4 }, (_, i) => String.fromCharCode(65 + i));
console.log(labels.join(""));
