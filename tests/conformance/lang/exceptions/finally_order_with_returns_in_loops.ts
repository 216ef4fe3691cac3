// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: return from inside nested try/finally within loops runs every finally innermost first
const log: string[] = [];
function search(grid: number[][], target: number): string {
  for (let r = 0; r < grid.length; r++) {
    try {
      for (let c = 0; c < grid[r].length; c++) {
        try {
          if (grid[r][c] === target) return r + "," + c;
        } finally {
          if (grid[r][c] === target) log.push("cell-finally");
        }
      }
    } finally {
      log.push("row" + r);
    }
  }
  return "none";
}
console.log(search([[1, 2], [3, 4], [5, 6]], 4), log.join(" "));
log.length = 0;
console.log(search([[1]], 9), log.join(" "));
