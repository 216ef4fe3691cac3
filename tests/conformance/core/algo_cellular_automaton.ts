// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// elementary cellular automata (rules 30, 90, 110) on a 31-cell ring stored in one integer
const W: number = 31;
function render(row: number): string {
  let s: string = "";
  for (let i = W - 1; i >= 0; i--) s += (row >>> i) & 1 ? "#" : ".";
  return s;
}
function step(row: number, rule: number): number {
  let next: number = 0;
  for (let i = 0; i < W; i++) {
    let left: number = (row >>> ((i + 1) % W)) & 1;
    let mid: number = (row >>> i) & 1;
    let right: number = (row >>> ((i + W - 1) % W)) & 1;
    let idx: number = (left << 2) | (mid << 1) | right;
    if ((rule >>> idx) & 1) next |= 1 << i;
  }
  return next;
}
function run(rule: number, gens: number): void {
  console.log("rule " + rule);
  let row: number = 1 << 15;
  for (let g = 0; g < gens; g++) {
    console.log(render(row));
    row = step(row, rule);
  }
  console.log("final", row, row >>> 0);
}
run(30, 16);
run(90, 16);
run(110, 16);
