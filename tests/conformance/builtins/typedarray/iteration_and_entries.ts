// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: for-of, keys, values, entries and spread
const a = new Int16Array([10, -20, 30]);
let s = 0;
for (const x of a) s += x;
console.log(s, [...a.keys()].join(","), [...a.values()].join(","), [...a.entries()].map(([i, v]) => i + ":" + v).join(" "));
console.log(Math.max(...a), [...a].length);
