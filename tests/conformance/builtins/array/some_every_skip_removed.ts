// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: some and every stop at the shortened length when the callback removes elements, and see overwritten values
const a = [1, 2, 3, 4, 5];
const seen: number[] = [];
const any = a.some((x) => { seen.push(x); if (x === 2) a.length = 3; return x > 10; });
console.log(any, seen.join(","), a);
const b = [1, 2, 3, 4];
const all = b.every((x, i) => { if (i + 1 < b.length) b[i + 1] = x * 10; return x < 1000; });
console.log(all, b);
const c = ["x", "y", "z"];
console.log(c.every((s, i, arr) => arr.length === 3 && s.length === 1), c.some((s) => s === "q"), [].some(() => true), ([] as number[]).every(() => false));
