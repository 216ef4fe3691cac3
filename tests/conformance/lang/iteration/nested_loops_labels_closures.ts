// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: nested for-of with labelled break/continue, per-iteration bindings captured by closures, and loop variants
const grid = [
  [1, 2, 3, 4],
  [5, 6, 7, 8],
  [9, 10, 11, 12],
];
const found: string[] = [];
rows: for (const [r, row] of grid.entries()) {
  for (const [c, v] of row.entries()) {
    if (v % 5 === 0) { found.push(`skip row ${r} at ${c}`); continue rows; }
    if (v === 11) { found.push(`stop at ${r},${c}`); break rows; }
    found.push(String(v));
  }
}
console.log(found.join(" "));
const closures: Array<() => number> = [];
for (const row of grid) {
  for (const v of row) {
    if (v % 4 === 0) closures.push(() => v * row.length);
  }
}
console.log(closures.map((f) => f()));
const lets: Array<() => string> = [];
for (let i = 0; i < 3; i++) {
  lets.push(() => `i=${i}`);
  i += 0;
}
console.log(lets.map((f) => f()).join(", "));
const counters: Array<() => number> = [];
for (const start of [0, 10, 20]) {
  let n = start;
  counters.push(() => ++n);
}
console.log(counters[0](), counters[0](), counters[1](), counters[2](), counters[0]());
let w = 0;
const trace: number[] = [];
while (true) {
  w++;
  if (w % 2 === 0) continue;
  trace.push(w);
  if (w > 8) break;
}
console.log(trace);
let dw = 5;
do { trace.push(-dw); dw -= 2; } while (dw > 0);
console.log(trace);
block: {
  for (const x of [1, 2, 3]) {
    if (x === 2) break block;
    console.log("in block", x);
  }
  console.log("never");
}
console.log("after block");
function pairsSummingTo(xs: number[], target: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      if (xs[i] + xs[j] === target) out.push(`${xs[i]}+${xs[j]}`);
    }
  }
  return out;
}
console.log(pairsSummingTo([1, 5, 3, 7, 2, 4, 6], 8));
let total = 0;
for (const a of [1, 2, 3]) for (const b of [10, 20]) for (const c of [100]) total += a * b + c;
console.log(total);
