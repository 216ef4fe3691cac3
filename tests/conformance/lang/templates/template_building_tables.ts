// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// templates: build an aligned text table with template literals and padding
interface Row {
  item: string;
  qty: number;
  price: number;
}
const rows: Row[] = [
  { item: "apple", qty: 3, price: 0.5 },
  { item: "watermelon", qty: 1, price: 3.25 },
  { item: "fig", qty: 12, price: 0.2 },
];
const w = Math.max(...rows.map((r) => r.item.length));
console.log(`${"item".padEnd(w)} | ${"qty".padStart(3)} | ${"total".padStart(6)}`);
console.log(`${"-".repeat(w)}-+-${"-".repeat(3)}-+-${"-".repeat(6)}`);
let sum = 0;
for (const { item, qty, price } of rows) {
  const t = qty * price;
  sum += t;
  console.log(`${item.padEnd(w)} | ${String(qty).padStart(3)} | ${t.toFixed(2).padStart(6)}`);
}
console.log(`${"sum".padEnd(w)} | ${"".padStart(3)} | ${sum.toFixed(2).padStart(6)}`);
