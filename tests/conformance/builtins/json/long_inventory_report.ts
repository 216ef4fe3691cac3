// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a longer program: an inventory kept in classes, exported to JSON, read back into declared types
interface ItemData {
  sku: string;
  name: string;
  qty: number;
  tags: string[];
  supplier: { name: string; country: string } | null;
}
interface Snapshot {
  version: number;
  items: ItemData[];
  notes?: string;
}
class Item {
  tags: string[] = [];
  supplier: { name: string; country: string } | null = null;
  constructor(public sku: string, public name: string, public qty: number) {}
  tag(t: string): Item {
    this.tags.push(t);
    return this;
  }
}
class Inventory {
  private items: Item[] = [];
  add(i: Item): void {
    this.items.push(i);
  }
  snapshot(): Snapshot {
    return { version: 2, items: this.items.map((i) => ({ sku: i.sku, name: i.name, qty: i.qty, tags: i.tags, supplier: i.supplier })) };
  }
}
const inv = new Inventory();
inv.add(new Item("A-1", "bolt", 120).tag("metal").tag("small"));
const nut = new Item("A-2", "nut \"hex\"", 80).tag("metal");
nut.supplier = { name: "Acme", country: "NL" };
inv.add(nut);
inv.add(new Item("B-7", "glue\u2122", 0));
const snap = inv.snapshot();
const text = JSON.stringify(snap, null, 2);
console.log(text);
const back: Snapshot = JSON.parse(text);
console.log(back.version, back.items.length, back.notes === undefined);
for (const it of back.items) {
  const where = it.supplier ? `${it.supplier.name} (${it.supplier.country})` : "unknown";
  console.log(`${it.sku.padEnd(4)} ${it.name.padEnd(10)} ${String(it.qty).padStart(4)} ${it.tags.join("/") || "-"} ${where}`);
}
const empty = back.items.filter((i) => i.qty === 0).map((i) => i.sku);
console.log("out of stock:", JSON.stringify(empty));
console.log(JSON.stringify(back) === JSON.stringify(snap));
const compact = JSON.stringify(back.items, ["sku", "qty"]);
console.log(compact, compact.length);
try {
  const broken: Snapshot = JSON.parse(text.slice(0, text.length - 2));
  console.log(broken.version);
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
