// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: parse a small CSV with split, trim and Number, then rebuild it with join
const csv = "name, qty ,price\napple,3,0.5\n pear ,10, 0.25\nfig,,1\n\nkiwi,2,x";
const lines = csv.split("\n").filter((l) => l.trim() !== "");
const header = lines[0].split(",").map((h) => h.trim());
console.log(header.join("|"));
let total = 0;
for (const line of lines.slice(1)) {
  const [name, qty, price] = line.split(",").map((c) => c.trim());
  const q = Number(qty);
  const p = Number(price);
  const ok = qty !== "" && !Number.isNaN(q) && !Number.isNaN(p);
  if (ok) total += q * p;
  console.log(JSON.stringify(name), q, p, ok);
}
console.log("total", total);
console.log(lines.map((l) => l.split(",").map((c) => c.trim()).join(";")).join(" / "));
