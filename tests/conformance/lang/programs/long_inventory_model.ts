// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: an inventory system with generic repositories, interfaces, discriminated stock movements and reports
interface Identified {
  readonly id: string;
}
interface Product extends Identified {
  name: string;
  price: number;
  category: "tool" | "food" | "toy";
  perishable?: { days: number };
}
type Movement =
  | { type: "receive"; sku: string; qty: number; day: number }
  | { type: "ship"; sku: string; qty: number; day: number; order: string }
  | { type: "adjust"; sku: string; delta: number; day: number; reason: string };
class Repo<T extends Identified> {
  private items = new Map<string, T>();
  add(x: T): void {
    if (this.items.has(x.id)) throw new Error("duplicate id " + x.id);
    this.items.set(x.id, x);
  }
  find(id: string): T | undefined {
    return this.items.get(id);
  }
  all(): T[] {
    return [...this.items.values()];
  }
  where(p: (x: T) => boolean): T[] {
    return this.all().filter(p);
  }
}
class Inventory {
  private stock = new Map<string, number>();
  private ledger: Movement[] = [];
  private backorders: Array<{ sku: string; qty: number; order: string }> = [];
  constructor(private products: Repo<Product>) {}
  level(sku: string): number {
    return this.stock.get(sku) ?? 0;
  }
  apply(m: Movement): string {
    const p = this.products.find(m.sku);
    if (!p) return `day ${m.day}: unknown sku ${m.sku}`;
    this.ledger.push(m);
    switch (m.type) {
      case "receive": {
        this.stock.set(m.sku, this.level(m.sku) + m.qty);
        const filled = this.fillBackorders(m.sku);
        return `day ${m.day}: +${m.qty} ${p.name}${filled ? " (filled " + filled + ")" : ""}`;
      }
      case "ship": {
        const have = this.level(m.sku);
        const sent = Math.min(have, m.qty);
        this.stock.set(m.sku, have - sent);
        if (sent < m.qty) this.backorders.push({ sku: m.sku, qty: m.qty - sent, order: m.order });
        return `day ${m.day}: -${sent}/${m.qty} ${p.name} for ${m.order}`;
      }
      case "adjust":
        this.stock.set(m.sku, Math.max(0, this.level(m.sku) + m.delta));
        return `day ${m.day}: adjust ${p.name} ${m.delta > 0 ? "+" : ""}${m.delta} (${m.reason})`;
    }
  }
  private fillBackorders(sku: string): string {
    const done: string[] = [];
    this.backorders = this.backorders.filter((b) => {
      if (b.sku !== sku) return true;
      const have = this.level(sku);
      if (have >= b.qty) {
        this.stock.set(sku, have - b.qty);
        done.push(b.order);
        return false;
      }
      return true;
    });
    return done.join(",");
  }
  value(): number {
    let v = 0;
    for (const [sku, qty] of this.stock) v += (this.products.find(sku)?.price ?? 0) * qty;
    return Math.round(v * 100) / 100;
  }
  report(): string[] {
    const byCat = new Map<string, { count: number; value: number }>();
    for (const p of this.products.all()) {
      const e = byCat.get(p.category) ?? { count: 0, value: 0 };
      e.count += this.level(p.id);
      e.value += this.level(p.id) * p.price;
      byCat.set(p.category, e);
    }
    return [...byCat.entries()]
      .sort((a, b) => b[1].value - a[1].value)
      .map(([c, e]) => `${c.padEnd(5)} ${String(e.count).padStart(4)} ${e.value.toFixed(2).padStart(9)}`);
  }
  pending(): string {
    return this.backorders.map((b) => `${b.order}:${b.sku}x${b.qty}`).join(" ") || "none";
  }
  movementsOf(type: Movement["type"]): number {
    return this.ledger.filter((m) => m.type === type).length;
  }
}
const repo = new Repo<Product>();
repo.add({ id: "H1", name: "hammer", price: 12.5, category: "tool" });
repo.add({ id: "S2", name: "saw", price: 22, category: "tool" });
repo.add({ id: "A1", name: "apple", price: 0.35, category: "food", perishable: { days: 14 } });
repo.add({ id: "Y7", name: "yoyo", price: 3.99, category: "toy" });
try {
  repo.add({ id: "H1", name: "dup", price: 1, category: "tool" });
} catch (e) {
  console.log((e as Error).message);
}
const inv = new Inventory(repo);
const moves: Movement[] = [
  { type: "receive", sku: "H1", qty: 10, day: 1 },
  { type: "receive", sku: "A1", qty: 200, day: 1 },
  { type: "ship", sku: "H1", qty: 4, day: 2, order: "o1" },
  { type: "ship", sku: "Y7", qty: 5, day: 2, order: "o2" },
  { type: "ship", sku: "A1", qty: 150, day: 3, order: "o3" },
  { type: "adjust", sku: "A1", delta: -60, day: 4, reason: "spoiled" },
  { type: "receive", sku: "Y7", qty: 3, day: 5 },
  { type: "receive", sku: "Y7", qty: 3, day: 6 },
  { type: "ship", sku: "S2", qty: 1, day: 6, order: "o4" },
  { type: "receive", sku: "Z9", qty: 1, day: 7 },
  { type: "adjust", sku: "H1", delta: 2, day: 7, reason: "found" },
];
for (const m of moves) console.log(inv.apply(m));
console.log(["H1", "S2", "A1", "Y7"].map((s) => s + "=" + inv.level(s)).join(" "));
console.log("value", inv.value());
console.log(inv.report().join("\n"));
console.log("backorders", inv.pending());
console.log(inv.movementsOf("receive"), inv.movementsOf("ship"), inv.movementsOf("adjust"));
console.log(repo.where((p) => p.perishable !== undefined).map((p) => p.name + "/" + p.perishable?.days).join());
console.log(repo.where((p) => p.price > 5).map((p) => p.name).join());
