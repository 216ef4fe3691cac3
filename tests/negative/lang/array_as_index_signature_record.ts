// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an array used where an interface with a number index signature (a record) is expected is rejected
interface Matrix { [row: number]: number[] }
const grid: Matrix = [[1, 2], [3, 4]];
console.log(grid[1][0]);
