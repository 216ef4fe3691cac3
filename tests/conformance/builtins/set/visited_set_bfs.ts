// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: visited-set flood fill over a grid of strings, keyed by coordinate strings
const grid = ["#########", "#..#....#", "#..#.##.#", "#..#.#..#", "######..#", "#.....#.#", "#########"];
function fill(sx: number, sy: number): number {
  const seen = new Set<string>();
  const stack: Array<[number, number]> = [[sx, sy]];
  while (stack.length) {
    const [x, y] = stack.pop()!;
    const key = x + "," + y;
    if (seen.has(key) || grid[y][x] === "#") continue;
    seen.add(key);
    stack.push([x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]);
  }
  return seen.size;
}
console.log(fill(1, 1), fill(7, 5), fill(4, 1), fill(1, 5), fill(0, 0));
