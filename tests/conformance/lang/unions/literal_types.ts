// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: string and numeric literal union types used as parameters and in comparisons
type Dir = "north" | "east" | "south" | "west";
type Step = 1 | 2 | 3;
function turn(d: Dir, right: boolean): Dir {
  const order: Dir[] = ["north", "east", "south", "west"];
  const i = order.indexOf(d);
  return order[(i + (right ? 1 : 3)) % 4];
}
let d: Dir = "north";
const path: string[] = [];
for (const r of [true, true, false, true, true, true]) {
  d = turn(d, r);
  path.push(d);
}
console.log(path.join(" "));
function move(s: Step): string {
  return s === 1 ? "walk" : s === 2 ? "jog" : "run";
}
console.log(move(1), move(2), move(3));
const flag: true | "auto" = "auto";
console.log(flag === "auto" ? "automatic" : "forced");
