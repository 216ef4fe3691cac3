// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: typeof of functions, closures, classes and values holding them
class Point {
  constructor(public x: number) {}
}
function top(): number {
  return 1;
}
const arrow = (): number => 2;
const expr = function (): number {
  return 3;
};
console.log(typeof top, typeof arrow, typeof expr, typeof Point, typeof new Point(1));
const things: unknown[] = [top, arrow, new Point(2), "s", 1, null, undefined, [top]];
console.log(things.map((t) => typeof t).join(" "));
function describe(v: unknown): string {
  const t = typeof v;
  if (t === "function") return "callable";
  return v === null ? "null" : t;
}
console.log(things.map(describe).join(","));
let slot: (() => number) | undefined;
console.log(typeof slot, typeof slot === "undefined");
slot = top;
console.log(typeof slot, slot === top, slot());
const p = typeof Point === "function" ? new Point(5) : undefined;
console.log(p?.x);
