// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: long method chains over records: filter, map, sort, slice, reduce, join
interface Sale {
  region: string;
  amount: number;
  month: number;
}
const sales: Sale[] = [];
const regions = ["north", "south", "east", "west"];
for (let i = 0; i < 40; i++) sales.push({ region: regions[(i * 7) % 4], amount: ((i * 37) % 101) + 0.5, month: (i % 12) + 1 });
const byRegion = regions
  .map((r) => ({ r, total: sales.filter((s) => s.region === r).reduce((a, s) => a + s.amount, 0) }))
  .sort((a, b) => b.total - a.total);
console.log(byRegion.map((x) => `${x.r}:${x.total}`).join(" "));
const top = sales
  .slice()
  .sort((a, b) => b.amount - a.amount || a.month - b.month)
  .slice(0, 5)
  .map((s) => `${s.region[0]}${s.month}=${s.amount}`);
console.log(top.join(", "));
const q1 = sales.filter((s) => s.month <= 3).map((s) => s.amount);
console.log(q1.length, Math.max(...q1), Math.min(...q1), (q1.reduce((a, b) => a + b, 0) / q1.length).toFixed(3));
