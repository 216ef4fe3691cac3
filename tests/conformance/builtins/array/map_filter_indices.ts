// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: map and filter pass element, index and array; results are fresh arrays of new element types
const a = [5, 3, 8, 1];
console.log(a.map((x, i) => x * i).join(","), a.map((x, i, arr) => arr.length - i + x).join(","));
const labels = a.map((x, i) => `${i}=${x}`);
console.log(labels, labels.length);
const odds = a.filter((x) => x % 2 === 1);
console.log(odds, a.filter((_, i) => i % 2 === 0), a.filter(() => false).length);
const m = a.map((x) => x);
m[0] = -1;
console.log(a[0], m[0], m !== a);
const boolMap = a.map((x) => x > 4);
console.log(boolMap, boolMap.filter((b) => b).length);
const objs = a.map((x, i) => ({ x, i, sq: x * x }));
console.log(objs.filter((o) => o.sq > 20).map((o) => o.i).join("/"));
const nested = a.map((x) => [x, -x]);
console.log(JSON.stringify(nested), nested.flat().length);
const chain = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((x) => x % 3 !== 0).map((x) => x * 2).filter((x, i) => i !== 1);
console.log(chain.join(" "));
const seen: number[] = [];
const grow = [1, 2, 3];
const doubled = grow.map((x) => { if (grow.length < 6) grow.push(x + 10); seen.push(x); return x * 2; });
console.log(doubled, seen, grow);
