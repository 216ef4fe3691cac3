// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: new Array(n) with fill, Array.from with length and mapper, and nested grid creation
const z = new Array<number>(5).fill(0);
console.log(z, z.length);
const seq = Array.from({ length: 6 }, (_, i) => i * i);
console.log(seq);
const grid = Array.from({ length: 3 }, (_, r) => new Array<string>(4).fill(".").map((c, col) => ((r + col) % 3 === 0 ? "#" : c)));
console.log(grid.map((row) => row.join("")).join("\n"));
const shared = new Array<number[]>(2).fill([]);
shared[0].push(1);
console.log(shared[1].length, shared[0] === shared[1]);
console.log(new Array(3).fill("x").join(), Array.of(7, 8, 9), Array.of(3).length);
