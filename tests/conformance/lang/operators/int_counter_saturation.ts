// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Counters stepped only by ++/-- saturate at ±2^53 like doubles do (2^53 + 1 rounds to 2^53).

let up: number = 9007199254740989;
for (let k = 0; k < 6; k++) up++;
console.log(up, up === 2 ** 53, up - 1);

let down: number = -9007199254740989;
for (let k = 0; k < 6; k++) down--;
console.log(down, down === -(2 ** 53), down + 1);

// A counter in a local, bumped in branches, with the postfix and prefix values used.
function count(start: number, steps: number): string {
  let c = start;
  let seen = 0;
  for (let k = 0; k < steps; k++) {
    if (k % 2 === 0) seen = c++;
    else seen = ++c;
  }
  return `${c} ${seen}`;
}
console.log(count(9007199254740988, 8));
console.log(count(0, 5));
console.log(count(-7, 3));

// A module counter that starts high and is read by functions.
let hits: number = 9007199254740990;
function hit(): number {
  hits++;
  return hits;
}
for (let k = 0; k < 5; k++) console.log(hit(), hits % 10, hits > 9007199254740991);

// Decrement then increment around the bottom end.
let low: number = -9007199254740990;
for (let k = 0; k < 4; k++) low--;
console.log(low);
low++;
console.log(low, low + 2);
let total = 0;
for (let k = 0; k < 4; k++) total += low--;
console.log(total, low);

// Elements of a local number[] used as counters.
const cells: number[] = [9007199254740989, 0, -9007199254740989];
for (let k = 0; k < 5; k++) {
  cells[0]++;
  cells[1]++;
  cells[2]--;
}
console.log(cells[0], cells[1], cells[2], cells[0] - 1, cells.length);
