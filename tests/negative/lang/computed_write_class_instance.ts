// expect-error: TSX1010
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// writing a class instance field through a non-literal key is rejected
class Vec {
  x: number = 0;
  y: number = 0;
}
const v = new Vec();
const keys: Array<"x" | "y"> = ["x", "y"];
for (const k of keys) v[k] = 5;
console.log(v.x + v.y);
