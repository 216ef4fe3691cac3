// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a per-iteration let binding mutated in the body is copied into the next iteration
const fs: Array<() => number> = [];
for (let i = 0; i < 10; i++) {
  if (i % 3 === 0) i++;
  fs.push(() => i);
}
console.log(fs.length, fs.map((f) => f()).join(" "));
const gs: Array<() => string> = [];
for (let i = 0, s = "a"; i < 4; i++, s += "b") {
  gs.push(() => i + ":" + s);
}
console.log(gs.map((g) => g()).join(" "));
const hs: Array<(d: number) => number> = [];
for (let i = 0; i < 3; i++) {
  hs.push((d: number) => (i += d));
}
console.log(hs[0](10), hs[0](10), hs[1](1), hs[2](0));
