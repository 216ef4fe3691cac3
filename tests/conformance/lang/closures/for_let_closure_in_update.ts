// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: closures created in the for-loop test and update expressions see the per-iteration binding
const seen: Array<() => number> = [];
for (let i = 0; seen.push(() => i) < 4; i++) {
  // body intentionally empty
}
console.log(seen.map((f) => f()).join(","));
let k: number = 0;
const caps: Array<() => number> = [];
for (let i = 0; i < 3; caps.push(() => i), i++) {
  k += i;
}
console.log(k, caps.map((f) => f()).join(","));
