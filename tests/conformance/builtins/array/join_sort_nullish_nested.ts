// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: join and default sort over nested arrays and null/undefined elements (empty strings in join, undefined sorted last)
const a: (number | null | undefined)[] = [3, null, undefined, 1, null, 10, undefined, 2];
console.log(a.join(), a.join("-"), String(a));
const s = a.slice().sort();
console.log(s, s.join("|"));
const nested: number[][] = [[10], [9], [1, 2], [], [1], [1, 10], [2]];
console.log(JSON.stringify(nested.slice().sort()), nested.join(";"));
const strs: (string | undefined)[] = ["b", undefined, "a", "c"];
console.log(strs.slice().sort(), strs.join(","));
const mixed: (string | number)[] = [10, "9", 1, "10", -1, "-1", "a"];
console.log(mixed.slice().sort(), mixed.includes("10"), mixed.includes(9), mixed.indexOf(-1), mixed.indexOf("-1"));
