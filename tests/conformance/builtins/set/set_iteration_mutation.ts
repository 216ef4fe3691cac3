// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: deleting ahead skips, re-adding a deleted value appends it, forEach sees live changes
const s = new Set([1, 2, 3, 4]);
const out: number[] = [];
for (const x of s) {
  out.push(x);
  if (x === 1) s.delete(3);
  if (x === 2) { s.delete(1); s.add(1); }
}
console.log(out, [...s]);
const t = new Set(["a", "b"]);
const log: string[] = [];
t.forEach((v) => {
  log.push(v);
  if (v === "a") t.add("c");
});
console.log(log.join(), t.size);
const u = new Set<number>();
for (let i = 0; i < 50; i++) u.add(i);
for (const x of u) if (x % 2 === 0) u.delete(x);
console.log(u.size, [...u].slice(0, 5));
