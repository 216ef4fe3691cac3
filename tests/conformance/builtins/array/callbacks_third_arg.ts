// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: forEach/map/filter/some/every/find/reduce see the array argument, including mutations made earlier in the same walk
const a = [1, 2, 3, 4];
const log: string[] = [];
a.forEach((x, i, arr) => { if (i + 1 < arr.length) arr[i + 1] += x; log.push(String(arr[i])); });
console.log(log.join(" "), a.join(" "));
const b = [5, 6, 7];
const m = b.map((x, i, arr) => { arr[arr.length - 1 - i] = 0; return x; });
console.log(m.join(","), b.join(","));
const c = [1, 2, 3, 4, 5];
const f = c.filter((x, i, arr) => { if (i === 0) arr[4] = 100; return x > 2; });
console.log(f.join(","));
const d = [0, 1, 2, 3];
let visits = 0;
d.forEach((x, i, arr) => { visits++; if (i === 0) arr.pop(); });
console.log(visits, d.length);
const e = [10, 20, 30];
console.log(e.reduce((acc, x, i, arr) => acc + x * arr.length + i, 0));
console.log(e.some((x, i, arr) => arr.indexOf(x) !== i), e.every((x, i, arr) => arr[i] === x), e.find((x, i, arr) => arr[arr.length - 1 - i] === x));
