// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: dot access, compound assignment and destructuring on records
const stock: Record<string, number> = { apples: 3, pears: 0 };
stock.apples += 2;
stock.pears = stock.pears + 7;
stock["plums"] = 1;
stock.plums *= 10;
const { apples, plums } = stock;
console.log(apples, plums, stock.pears);
let total = 0;
for (const [name, qty] of Object.entries(stock)) {
  total += qty;
  console.log(name.padEnd(8, "."), qty);
}
console.log(total);
