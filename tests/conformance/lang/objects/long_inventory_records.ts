// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: a warehouse inventory keyed by Record<string, Item> (long program mixing classes, closures, destructuring)
interface Item {
  sku: string;
  name: string;
  qty: number;
  price: number;
  tags: string[];
}

type Ledger = Record<string, number>;

class Inventory {
  private items: Record<string, Item> = {};
  private reserved: Ledger = {};
  readonly log: string[] = [];

  add(sku: string, name: string, qty: number, price: number, ...tags: string[]): void {
    if (sku in this.items) {
      this.items[sku].qty += qty;
      this.log.push(`restock ${sku} +${qty}`);
      return;
    }
    this.items[sku] = { sku, name, qty, price, tags };
    this.log.push(`new ${sku}`);
  }

  reserve(sku: string, qty: number): boolean {
    if (!(sku in this.items)) {
      this.log.push(`unknown ${sku}`);
      return false;
    }
    const free = this.items[sku].qty - (this.reserved[sku] ?? 0);
    if (free < qty) {
      this.log.push(`short ${sku} (${free} < ${qty})`);
      return false;
    }
    this.reserved[sku] = (this.reserved[sku] ?? 0) + qty;
    return true;
  }

  ship(): Ledger {
    const shipped: Ledger = {};
    for (const [sku, qty] of Object.entries(this.reserved)) {
      this.items[sku].qty -= qty;
      shipped[sku] = qty;
    }
    this.reserved = {};
    return shipped;
  }

  value(): number {
    let total = 0;
    for (const sku of Object.keys(this.items)) {
      const { qty, price } = this.items[sku];
      total += qty * price;
    }
    return Math.round(total * 100) / 100;
  }

  byTag(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const item of Object.values(this.items)) {
      for (const t of item.tags) {
        if (!(t in out)) out[t] = [];
        out[t].push(item.sku);
      }
    }
    return out;
  }

  lowStock(limit: number): string[] {
    return Object.values(this.items).filter((i) => i.qty <= limit).map((i) => `${i.name}(${i.qty})`);
  }

  quantities(): Ledger {
    const q: Ledger = {};
    for (const [sku, item] of Object.entries(this.items)) q[sku] = item.qty;
    return q;
  }
}

const inv = new Inventory();
inv.add("B-200", "bolt", 500, 0.05, "hardware", "small");
inv.add("N-100", "nut", 800, 0.03, "hardware", "small");
inv.add("H-1", "hammer", 12, 14.5, "tools");
inv.add("10", "tenth item", 3, 2, "misc");
inv.add("2", "second item", 1, 100, "misc", "tools");
inv.add("B-200", "bolt", 100, 0.05);

console.log(inv.quantities());
console.log("value", inv.value());

const orders: [string, number][] = [["B-200", 250], ["H-1", 20], ["X-9", 1], ["H-1", 10], ["2", 1], ["N-100", 800]];
let accepted = 0;
for (const [sku, qty] of orders) if (inv.reserve(sku, qty)) accepted++;
console.log("accepted", accepted, "of", orders.length);

const shipped = inv.ship();
console.log("shipped", shipped);
console.log(inv.quantities());
console.log("value", inv.value());
console.log(inv.byTag());
console.log("low", inv.lowStock(5).join(", "));

const history: Record<string, Ledger> = {};
for (let day = 1; day <= 3; day++) {
  inv.add("N-100", "nut", day * 100, 0.03);
  inv.reserve("N-100", 50 * day);
  history["day" + day] = inv.ship();
}
console.log(history);
console.log(inv.log.join("\n"));
const summary = Object.entries(inv.quantities())
  .map(([k, v]) => `${k}=${v}`)
  .sort()
  .join(";");
console.log(summary);
