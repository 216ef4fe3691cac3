// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: for-of heads with array and object patterns, defaults, nesting, Map entries and let rebinding
const rows: Array<[string, number, boolean?]> = [["a", 1], ["b", 2, true], ["c", 3, false]];
for (const [name, n, flag = false] of rows) {
  console.log(name, n, flag);
}
const recs = [
  { id: 1, meta: { tags: ["x", "y"] } },
  { id: 2, meta: { tags: [] as string[] } },
  { id: 3, meta: { tags: ["z"] } },
];
for (const { id, meta: { tags: [t0 = "-", ...more] } } of recs) {
  console.log(id, t0, more.length);
}
const m = new Map<string, { x: number; y: number }>([
  ["p", { x: 1, y: 2 }],
  ["q", { x: -3, y: 4 }],
]);
for (const [key, { x, y }] of m) {
  console.log(key, x + y);
}
for (const [i, s] of ["zero", "one", "two"].entries()) {
  console.log(i, s);
}
let total = 0;
for (let [a, b] of [[1, 2], [3, 4], [5, 6]]) {
  a *= 10;
  b = b + a;
  total += b;
  console.log(a, b);
}
console.log("total", total);
const fns: Array<() => string> = [];
for (const { label } of [{ label: "L1" }, { label: "L2" }, { label: "L3" }]) {
  fns.push(() => label + "!");
}
console.log(fns.map((f) => f()));
const pairs: Array<{ k: string; v?: number }> = [{ k: "u" }, { k: "w", v: 0 }, { k: "z", v: 7 }];
for (const { k, v = -1 } of pairs) console.log(k, v);
const matrix = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
for (const [[a, b], [c, d]] of matrix) console.log(a * d - b * c);
let last = "";
outer: for (const [w, ...letters] of ["hello", "hi", "yo"].map((s) => s.split(""))) {
  for (const l of letters) {
    if (l === "o") { last = w + l; continue outer; }
  }
  last = w;
}
console.log(last);
