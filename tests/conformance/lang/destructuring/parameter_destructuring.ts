// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: function parameters destructured from objects and arrays with defaults
function area({ w, h = w }: { w: number; h?: number }): number {
  return w * h;
}
console.log(area({ w: 3 }), area({ w: 3, h: 4 }));
function dist([x1, y1]: [number, number], [x2, y2]: [number, number] = [0, 0]): number {
  return Math.hypot(x2 - x1, y2 - y1);
}
console.log(dist([3, 4]), dist([1, 1], [4, 5]));
function greet({ name, greeting = "hello" }: { name: string; greeting?: string } = { name: "world" }): string {
  return greeting + ", " + name;
}
console.log(greet(), greet({ name: "bob" }), greet({ name: "al", greeting: "hey" }));
const pts: Array<{ x: number; y: number }> = [
  { x: 1, y: 2 },
  { x: 3, y: 4 },
];
console.log(pts.map(({ x, y }) => x * y).join(","));
const entries: Array<[string, number]> = [["a", 1], ["b", 2]];
console.log(entries.map(([k, v]) => k.repeat(v)).join(""));
