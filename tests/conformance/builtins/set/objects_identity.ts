// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: objects and arrays as members by identity; dedupe by key using a Set of strings
interface Item { sku: string; qty: number; }
const i1: Item = { sku: "a", qty: 1 };
const items: Item[] = [i1, { sku: "a", qty: 1 }, i1, { sku: "b", qty: 2 }];
const byRef = new Set<Item>(items);
console.log(byRef.size, byRef.has(i1), byRef.has({ sku: "a", qty: 1 }));
const keys = new Set<string>();
const uniq = items.filter((it) => {
  const k = `${it.sku}#${it.qty}`;
  if (keys.has(k)) return false;
  keys.add(k);
  return true;
});
console.log(uniq, [...keys]);
const arrs = new Set<number[]>();
const z = [0];
arrs.add(z).add(z).add([0]);
console.log(arrs.size, arrs);
class Tok { constructor(readonly t: string) {} }
const toks = ["x", "y", "x"].map((t) => new Tok(t));
const ts = new Set<Tok>(toks);
console.log(ts.size, [...ts].map((t) => t.t).join(""));
console.log(ts.delete(toks[0]), ts.delete(new Tok("y")), ts.size);
