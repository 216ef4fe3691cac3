// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: an inventory system with getters/setters in object literals, object rest, generics and closures
interface Item {
  sku: string;
  name: string;
  price: number;
  qty: number;
  tags: string[];
}

interface Stock {
  readonly total: number;
  readonly count: number;
  discount: number;
  add(item: Item): void;
  find(sku: string): Item | undefined;
  items(): Item[];
}

function makeStock(log: string[]): Stock {
  const byName: Item[] = [];
  let pct = 0;
  return {
    get total() {
      let sum = 0;
      for (const it of byName) sum += it.price * it.qty;
      return Math.round(sum * (100 - pct)) / 100;
    },
    get count() { return byName.reduce((n, it) => n + it.qty, 0); },
    get discount() { return pct; },
    set discount(v: number) {
      const clamped = Math.min(50, Math.max(0, v));
      log.push("discount " + v + (clamped !== v ? " clamped to " + clamped : ""));
      pct = clamped;
    },
    add(item: Item): void {
      const known = this.find(item.sku);
      if (known) { known.qty += item.qty; log.push("restock " + item.sku); }
      else { byName.push(item); log.push("new " + item.sku); }
    },
    find(sku: string): Item | undefined { return byName.find((it) => it.sku === sku); },
    items(): Item[] { return [...byName]; },
  };
}

function summary({ sku, tags, ...numbers }: Item): string {
  return sku + " " + JSON.stringify(numbers) + " [" + tags.join("|") + "]";
}

function groupBy<T, K extends keyof T>(xs: T[], key: K): Map<T[K], T[]> {
  const m = new Map<T[K], T[]>();
  for (const x of xs) {
    const k = x[key];
    const list = m.get(k);
    if (list) list.push(x); else m.set(k, [x]);
  }
  return m;
}

function longest<T extends { length: number }>(xs: T[]): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (best === undefined || x.length > best.length) best = x;
  return best;
}

const log: string[] = [];
const stock = makeStock(log);
stock.add({ sku: "A1", name: "anvil", price: 99.5, qty: 2, tags: ["heavy", "metal"] });
stock.add({ sku: "B2", name: "bolt", price: 0.25, qty: 400, tags: ["metal"] });
stock.add({ sku: "C3", name: "cable", price: 3, qty: 12, tags: ["copper", "long"] });
stock.add({ sku: "B2", name: "bolt", price: 0.25, qty: 100, tags: [] });
console.log(stock.count, stock.total, stock.discount);
stock.discount = 10;
console.log(stock.total);
stock.discount = 80;
stock.discount += -45;
console.log(stock.discount, stock.total);
for (const it of stock.items()) console.log(summary(it));

const { sku, ...anvil } = stock.find("A1")!;
console.log(sku, anvil.name, anvil.price * anvil.qty, anvil);

const byFirstTag = groupBy(stock.items().map((it) => ({ tag: it.tags[0] ?? "none", sku: it.sku })), "tag");
for (const [tag, list] of byFirstTag) console.log(tag, list.map((x) => x.sku).join(","));
const byQty = groupBy(stock.items(), "qty");
console.log([...byQty.keys()]);

console.log(longest(stock.items().map((it) => it.name)), longest(stock.items().map((it) => it.tags))?.join("+"));
console.log(longest<string>([]));

let reads = 0;
const watched = {
  base: 10,
  get doubled() { reads++; return this.base * 2; },
  set doubled(v: number) { this.base = v / 2; },
};
watched.doubled = 50;
console.log(watched.base, watched.doubled, watched.doubled + 1, reads);
watched.doubled *= 2;
console.log(watched.base, reads);
console.log(log.join("; "));
