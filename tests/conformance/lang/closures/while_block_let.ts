// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a let declared inside a while body is a fresh binding each time round
const fs: Array<() => number> = [];
let n: number = 0;
while (n < 5) {
  const sq = n * n;
  let tag = n;
  fs.push(() => sq + tag);
  tag = -tag;
  n++;
}
console.log(fs.map((f) => f()).join(" "));
const gs: Array<() => string> = [];
do {
  let c = String.fromCharCode(65 + n);
  gs.push(() => c);
  c = c.toLowerCase();
  n--;
} while (n > 2);
console.log(gs.map((g) => g()).join(""));
