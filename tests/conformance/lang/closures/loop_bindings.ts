// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: per-iteration let bindings in for loops versus a single shared binding
const fs: Array<() => number> = [];
for (let i = 0; i < 4; i++) {
  fs.push(() => i * 10);
}
console.log(fs.map((f) => f()).join(","));
const gs: Array<() => number> = [];
let j: number = 0;
while (j < 4) {
  gs.push(() => j);
  j++;
}
console.log(gs.map((g) => g()).join(","));
const hs: Array<() => number> = [];
for (let i = 0; i < 3; i++) {
  hs.push(() => i);
  i += 0;
}
console.log(hs[0](), hs[1](), hs[2]());
const ks: Array<() => string> = [];
for (const s of ["a", "b", "c"]) {
  ks.push(() => s + s);
}
console.log(ks.map((k) => k()).join(" "));
const mutators: Array<() => number> = [];
for (let i = 0; i < 3; i++) {
  mutators.push(() => ++i);
}
console.log(mutators[0](), mutators[0](), mutators[1](), mutators[2]());
