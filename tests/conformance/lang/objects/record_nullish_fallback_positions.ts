// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: r[k] ?? fallback of another type in positions that take any value (console.log, templates, comparisons)
const stock: Record<string, number> = { apple: 3, pear: 0 };
console.log(stock["apple"] ?? "none", stock["kiwi"] ?? "none", stock.pear ?? "none");
console.log(`kiwi: ${stock["kiwi"] ?? "out"}, pear: ${stock["pear"] ?? "out"}`);
for (const k of ["apple", "kiwi", "pear"]) console.log(k, stock[k] ?? null, stock[k] ?? false);
const names: Record<string, string> = { a: "x" };
console.log(names["a"] ?? 0, names["b"] ?? 0, names["b"] ?? undefined);
