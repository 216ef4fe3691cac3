// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums with records: tallies keyed by enum members
enum Kind { Fruit = "fruit", Veg = "veg", Grain = "grain" }
interface Food { name: string; kind: Kind }
const foods: Food[] = [
  { name: "apple", kind: Kind.Fruit }, { name: "rice", kind: Kind.Grain },
  { name: "leek", kind: Kind.Veg }, { name: "pear", kind: Kind.Fruit },
];
const tally: Record<string, number> = {};
for (const f of foods) tally[f.kind] = (tally[f.kind] ?? 0) + 1;
console.log(tally);
for (const k of Object.values(Kind)) console.log(k, tally[k] ?? 0, k in tally);
