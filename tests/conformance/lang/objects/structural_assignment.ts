// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: class instances and object literals assigned structurally to the same interface
interface Point {
  x: number;
  y: number;
}
class P3 {
  constructor(public x: number, public y: number, public z: number) {}
}
function len(p: Point): number {
  return Math.sqrt(p.x * p.x + p.y * p.y);
}
const lit: Point = { x: 3, y: 4 };
const inst = new P3(6, 8, 100);
const asPoint: Point = inst;
console.log(len(lit), len(inst), len(asPoint), len({ x: 5, y: 12 }));
asPoint.x = 0;
console.log(inst.x, len(inst));
const pts: Point[] = [lit, inst, { x: -1, y: 0 }];
console.log(pts.map((p) => p.x + ":" + p.y).join(" "));
console.log(pts[1] instanceof P3, pts[0] instanceof P3);
