// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a warehouse inventory with interfaces, Record<string, T> stock tables, immutable item updates by object spread, and reports
interface Item {
  sku: string;
  name: string;
  price: number;
  qty: number;
  tags: string[];
}
interface Movement { sku: string; delta: number; reason: string }
interface Pricing { priceOf(item: Item): number; name: string }

class FlatPricing implements Pricing {
  name = "flat";
  priceOf(item: Item): number { return item.price; }
}
class BulkPricing implements Pricing {
  name = "bulk";
  constructor(private threshold: number, private discount: number) {}
  priceOf(item: Item): number {
    return item.qty >= this.threshold ? +(item.price * (1 - this.discount)).toFixed(2) : item.price;
  }
}
const tagPricing: Pricing = {
  name: "tagged",
  priceOf: (item: Item): number => (item.tags.includes("sale") ? item.price / 2 : item.price),
};

class Warehouse {
  private stock: Record<string, Item> = {};
  private journal: Movement[] = [];
  private rejected: string[] = [];
  add(item: Item): void {
    if (item.sku in this.stock) {
      const old = this.stock[item.sku];
      this.stock[item.sku] = { ...old, qty: old.qty + item.qty, tags: [...old.tags, ...item.tags.filter((t) => !old.tags.includes(t))] };
    } else {
      this.stock[item.sku] = { ...item, tags: [...item.tags] };
    }
    this.journal.push({ sku: item.sku, delta: item.qty, reason: "add" });
  }
  move(sku: string, delta: number, reason: string): boolean {
    if (!(sku in this.stock)) { this.rejected.push(`${reason}: unknown ${sku}`); return false; }
    const it = this.stock[sku];
    if (it.qty + delta < 0) { this.rejected.push(`${reason}: only ${it.qty} of ${sku}`); return false; }
    this.stock[sku] = { ...it, qty: it.qty + delta };
    this.journal.push({ sku, delta, reason });
    return true;
  }
  reprice(sku: string, f: (p: number) => number): void {
    if (sku in this.stock) {
      const it = this.stock[sku];
      this.stock[sku] = { ...it, price: f(it.price) };
    }
  }
  get(sku: string): Item | undefined { return sku in this.stock ? this.stock[sku] : undefined; }
  items(): Item[] { return Object.values(this.stock); }
  value(p: Pricing): number {
    let total = 0;
    for (const it of this.items()) total += p.priceOf(it) * it.qty;
    return Math.round(total * 100) / 100;
  }
  byTag(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const it of this.items()) {
      for (const t of it.tags) {
        if (!(t in out)) out[t] = [];
        out[t].push(it.sku);
      }
    }
    return out;
  }
  netMovements(): Record<string, number> {
    const net: Record<string, number> = {};
    for (const { sku, delta } of this.journal) net[sku] = (net[sku] ?? 0) + delta;
    return net;
  }
  reasons(): Record<string, number> {
    const r: Record<string, number> = {};
    for (const m of this.journal) r[m.reason] = (r[m.reason] ?? 0) + 1;
    return r;
  }
  lowStock(limit: number): string[] {
    return this.items().filter((i) => i.qty <= limit).map((i) => `${i.sku}(${i.qty})`);
  }
  errors(): string[] { return this.rejected; }
}

const w = new Warehouse();
const catalogue: Item[] = [
  { sku: "A1", name: "bolt", price: 0.25, qty: 400, tags: ["metal", "small"] },
  { sku: "B2", name: "hammer", price: 12.5, qty: 10, tags: ["tool"] },
  { sku: "C3", name: "glue", price: 3.2, qty: 25, tags: ["sale"] },
  { sku: "D4", name: "saw", price: 22, qty: 3, tags: ["tool", "metal"] },
];
for (const it of catalogue) w.add(it);
catalogue[0].qty = -1;
catalogue[0].tags.push("mutated");
console.log(w.get("A1"));
w.add({ sku: "A1", name: "bolt", price: 0.25, qty: 100, tags: ["small", "bulk"] });
const ops: Array<[string, number, string]> = [
  ["A1", -150, "order#1"],
  ["B2", -4, "order#1"],
  ["D4", -5, "order#2"],
  ["Z9", 1, "restock"],
  ["C3", 15, "restock"],
  ["D4", -3, "order#3"],
  ["B2", -6, "order#3"],
];
for (const [sku, d, why] of ops) console.log(why, sku, d, w.move(sku, d, why));
w.reprice("B2", (p) => p * 1.1);
w.reprice("nothing", (p) => p * 100);
for (const it of w.items()) console.log(it.sku, it.name, it.qty, it.price.toFixed(2), it.tags.join("/"));
const pricings: Pricing[] = [new FlatPricing(), new BulkPricing(100, 0.2), tagPricing];
for (const p of pricings) console.log(p.name, w.value(p));
console.log(w.byTag());
console.log(w.netMovements());
console.log(w.reasons());
console.log(w.lowStock(0), w.lowStock(40));
console.log(w.errors());
const snapshot: Record<string, Item> = {};
for (const it of w.items()) snapshot[it.sku] = { ...it, name: it.name.toUpperCase() };
console.log(Object.keys(snapshot), snapshot["C3"].name, w.get("C3")?.name);
const cheapest = w.items().reduce((a, b) => (b.price < a.price ? b : a));
const { sku: cheapSku, price: cheapPrice, tags: [firstTag = "none"] } = cheapest;
console.log(cheapSku, cheapPrice, firstTag);
