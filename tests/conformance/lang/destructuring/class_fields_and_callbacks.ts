// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: patterns over class instances, getters, Map entries in callbacks and results of generic functions
class Rect {
  constructor(public x: number, public y: number, public w: number, public h: number) {}
  get area(): number { return this.w * this.h; }
  get corners(): Array<[number, number]> {
    return [[this.x, this.y], [this.x + this.w, this.y + this.h]];
  }
}
const r = new Rect(1, 2, 3, 4);
const { x, y, w: width, h: height, area } = r;
console.log(x, y, width, height, area);
const { corners: [[x0, y0], [x1, y1]] } = r;
console.log(x0, y0, x1, y1);
const rects = [new Rect(0, 0, 1, 1), new Rect(5, 5, 2, 3), new Rect(-1, 0, 4, 0.5)];
console.log(rects.map(({ area }) => area), rects.filter(({ w, h }) => w > h).length);
const m = new Map<string, Rect>(rects.map((q, i): [string, Rect] => ["r" + i, q]));
m.forEach(({ x, w }, k) => console.log(k, x + w));
console.log([...m].map(([k, { h }]) => `${k}:${h}`).join(" "));
function firstAndLast<T>(xs: T[]): [T, T] {
  return [xs[0], xs[xs.length - 1]];
}
const [a, z] = firstAndLast(["alpha", "beta", "omega"]);
const [{ w: fw }, { w: lw }] = firstAndLast(rects);
console.log(a, z, fw, lw);
let rx = 0, ry = 0;
({ x: rx, y: ry } = rects[1]);
console.log(rx, ry);
const points: Array<{ p: [number, number]; label?: string }> = [{ p: [1, 2] }, { p: [3, 4], label: "B" }];
const described = points.map(({ p: [px, py], label = "?" }, i) => `${i}:${label}(${px + py})`);
console.log(described);
const entryList: Array<[string, number]> = [...new Map<string, number>([["one", 1]])];
const [[k0, v0] = ["none", 0]]: Array<[string, number]> = entryList;
console.log(k0, v0);
function extent(rs: Rect[]): { minX: number; maxX: number } {
  let minX = Infinity, maxX = -Infinity;
  for (const { x, w } of rs) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x + w);
  }
  return { minX, maxX };
}
const { minX, maxX } = extent(rects);
const { minX: emptyMin } = extent([]);
console.log(minX, maxX, emptyMin);
