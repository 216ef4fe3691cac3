// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: an array literal assigned to an interface with a number index signature (segfaults; should work or be rejected)
interface Matrix { [row: number]: number[] }
const grid: Matrix = [[1, 2], [3, 4]];
console.log(grid[1][0]);
