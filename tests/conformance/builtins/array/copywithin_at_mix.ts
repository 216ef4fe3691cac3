// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: copyWithin with negative targets and overlapping ranges, at() on strings and numbers, chained with splice
const cases: [number, number, number][] = [[0, 3, 5], [2, 0, 3], [-2, 0, 2], [1, -3, -1], [0, 1, 100], [5, 0, 1], [-100, 2, 4], [3, 3, 3]];
for (const [t, s, e] of cases) {
  const a = [0, 1, 2, 3, 4, 5];
  const r = a.copyWithin(t, s, e);
  console.log(t, s, e, r === a, a.join(""));
}
const w = ["a", "b", "c", "d"];
console.log(w.copyWithin(1, 0).join(""), w.at(-1), w.at(0), w.at(-4), w.at(4) === undefined, w.at(-5) === undefined);
const n = [1.5, -0, NaN];
console.log(n.at(1), n.at(-1), n.at(1.9), n.at(-0.9));
n.splice(1, 1, ...n.splice(0, 1));
console.log(n);
