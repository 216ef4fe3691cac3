// expect-error: TSX1010
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// indexing a class instance with a non-literal key is rejected
class Point {
  x: number = 1;
  y: number = 2;
}
function get(p: Point, k: "x" | "y"): number {
  return p[k];
}
console.log(get(new Point(), "y"));
