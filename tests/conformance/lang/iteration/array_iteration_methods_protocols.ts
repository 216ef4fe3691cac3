// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: array keys/values/entries in for-of, spread and Array.from, pushes during for-of, and early exits
const xs = ["p", "q", "r"];
for (const i of xs.keys()) console.log("k", i, typeof i);
for (const v of xs.values()) console.log("v", v);
for (const [i, v] of xs.entries()) console.log("e", i, v);
console.log([...xs.keys()], [...xs.entries()]);
console.log(Array.from(xs.entries(), ([i, v]) => v.repeat(i + 1)));
console.log(Array.from({ length: 4 }, (_, i) => i * i));
console.log(Array.from("héllo"), Array.from(new Set("banana")));
console.log(Array.from(new Map([[1, "one"], [2, "two"]]), ([k, v]) => `${k}=${v}`));
const grow = [1, 2, 3];
const visited: number[] = [];
for (const g of grow) {
  visited.push(g);
  if (g < 3 && grow.length < 8) grow.push(g * 10);
}
console.log(visited, grow);
const fe: number[] = [];
[1, 2, 3].forEach((x, i, arr) => {
  if (i === 0) arr.push(99);
  fe.push(x);
});
console.log(fe);
function findFirstNegative(rows: number[][]): string {
  let r = 0;
  for (const row of rows) {
    let c = 0;
    for (const val of row) {
      if (val < 0) return `(${r},${c})=${val}`;
      c++;
    }
    r++;
  }
  return "none";
}
console.log(findFirstNegative([[1, 2], [3, -4, -5], [-6]]), findFirstNegative([[1], []]), findFirstNegative([]));
let acc = "";
for (const s of ["a", "b", "c", "d", "e"]) {
  if (s === "b") continue;
  if (s === "e") break;
  acc += s;
}
console.log(acc);
const shrink = [1, 2, 3, 4, 5, 6];
const got: number[] = [];
for (const v of shrink) {
  got.push(v);
  shrink.pop();
}
console.log(got, shrink);
const sparseLike = Array.from({ length: 3 });
console.log(sparseLike, sparseLike.length);
const evensDouble = [...[1, 2, 3, 4].entries()].filter(([i]) => i % 2 === 0).map(([, v]) => v * 2);
console.log(evensDouble);
