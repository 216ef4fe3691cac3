// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: Record<string, T> and index signatures as dictionaries: grouping, counting, merging by spread, in-checks and key order
interface Sale { region: string; product: string; amount: number }
const sales: Sale[] = [
  { region: "north", product: "pen", amount: 3 },
  { region: "south", product: "ink", amount: 10 },
  { region: "north", product: "ink", amount: 4 },
  { region: "east", product: "pen", amount: 1 },
  { region: "south", product: "pen", amount: 7 },
];
const byRegion: Record<string, number> = {};
for (const s of sales) byRegion[s.region] = (byRegion[s.region] ?? 0) + s.amount;
console.log(byRegion);
const groups: { [region: string]: string[] } = {};
for (const { region, product } of sales) {
  if (!(region in groups)) groups[region] = [];
  groups[region].push(product);
}
console.log(groups, Object.keys(groups));
for (const [k, v] of Object.entries(groups)) console.log(k, v.length, v.join("+"));
const prices: Record<string, number> = { pen: 1.5, ink: 4 };
const extra: Record<string, number> = { paper: 0.1, pen: 2 };
const allPrices: Record<string, number> = { ...prices, ...extra, "gift card": 25 };
console.log(allPrices, prices);
let revenue = 0;
for (const s of sales) revenue += s.amount * (allPrices[s.product] ?? 0);
console.log(revenue);
const numeric: Record<string, string> = { b: "B", 10: "ten", 2: "two", a: "A", "-1": "neg" };
numeric["1"] = "one";
numeric.z = "Z";
console.log(numeric, Object.keys(numeric).join(","));
console.log(allPrices["nothing"] === undefined, allPrices["nothing"] ?? -1, typeof allPrices.nothing);
const counter: Record<string, number> = {};
for (const w of "to be or not to be that is".split(" ")) counter[w] = (counter[w] || 0) + 1;
console.log(counter, Object.values(counter).reduce((a, b) => a + b, 0));
const inverted: Record<number, string[]> = {};
for (const [w, n] of Object.entries(counter)) {
  if (!(n in inverted)) inverted[n] = [];
  inverted[n].push(w);
}
console.log(inverted);
const pairList: Array<[string, boolean]> = [["x", true], ["y", false]];
const fromPairs: Record<string, boolean> = Object.fromEntries(pairList);
console.log(fromPairs, "x" in fromPairs, "w" in fromPairs);
function total(r: Record<string, number>): number {
  let t = 0;
  for (const k of Object.keys(r)) t += r[k];
  return t;
}
console.log(total(byRegion), total({}), total({ a: 1.25, b: 2.5 }));
const scores: Record<string, number> = { ann: 3 };
scores.ann += 4;
scores["bob"] = 1;
scores.bob *= 10;
console.log(scores);
