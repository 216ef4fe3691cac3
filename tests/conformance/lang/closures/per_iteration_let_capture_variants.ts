// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: per-iteration let bindings in for, for-of, while blocks, with mutation after capture
const fs: (() => number)[] = [];
for (let i = 0; i < 4; i++) {
  fs.push(() => i * 10);
  if (i === 2) i++; // mutation inside the body is seen by this iteration's closure
}
console.log(fs.map((f) => f()).join(","));

const gs: (() => string)[] = [];
for (const w of ["a", "bb", "ccc"]) {
  let tag = w.toUpperCase();
  gs.push(() => tag + w.length);
  tag = tag + "!";
}
console.log(gs.map((g) => g()).join(" "));

const hs: (() => number)[] = [];
let k = 0;
while (k < 3) {
  const snap = k;
  let live = k;
  hs.push(() => snap * 100 + live);
  live += 5;
  k++;
}
console.log(hs.map((h) => h()).join(","));

// closure that writes its own iteration's binding
const incs: (() => number)[] = [];
for (let j = 0; j < 3; j++) {
  incs.push(() => ++j);
}
console.log(incs[0](), incs[0](), incs[1](), incs[2](), incs[2](), incs[2]());

// nested loops: capture both indices
const pairs: (() => string)[] = [];
for (let a = 0; a < 3; a++) {
  for (let b = a; b < 3; b++) {
    pairs.push(() => `${a}${b}`);
  }
}
console.log(pairs.map((p) => p()).join(" "));

// a shared outer variable vs per-iteration copy
let shared = 0;
const sh: (() => string)[] = [];
for (let i = 0; i < 3; i++) {
  shared = i;
  sh.push(() => `${i}/${shared}`);
}
shared = 99;
console.log(sh.map((f) => f()).join(" "));
