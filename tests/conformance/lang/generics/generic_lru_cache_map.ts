// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: an LRU cache class over Map<K, V>, instantiated with string and number keys
class LruCache<K, V> {
  private map = new Map<K, V>();
  hits = 0;
  misses = 0;
  constructor(private readonly capacity: number) {}
  get(k: K): V | undefined {
    const v = this.map.get(k);
    if (v === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(k);
    this.map.set(k, v);
    return v;
  }
  put(k: K, v: V): void {
    if (this.map.has(k)) this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.capacity) {
      let oldest: K | undefined;
      for (const key of this.map.keys()) {
        oldest = key;
        break;
      }
      if (oldest !== undefined) this.map.delete(oldest);
    }
  }
  contents(): string {
    const out: string[] = [];
    for (const [k, v] of this.map) out.push(String(k) + "=" + String(v));
    return out.join(",");
  }
}
const c = new LruCache<string, number>(2);
c.put("a", 1);
c.put("b", 2);
console.log(c.get("a"), c.contents());
c.put("c", 3);
console.log(c.get("b"), c.get("c"), c.contents(), c.hits, c.misses);
const squares = new LruCache<number, string>(3);
for (let i = 1; i <= 5; i++) squares.put(i, "sq" + i * i);
console.log(squares.contents(), squares.get(1), squares.get(4));
