// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: literals with computed, numeric and quoted keys
const prefix = "item";
let n = 0;
const next = (): string => prefix + (n++);
const r: Record<string, number> = { [next()]: 1, [next()]: 2, "x y": 3, 7: 4, [String(3)]: 5, [next()]: 6 };
console.log(r);
const byNumber: Record<number, string> = { [1 + 1]: "two", 0.5: "half", [-3]: "minus three", [1e21]: "big" };
console.log(byNumber);
console.log(Object.keys(byNumber));
