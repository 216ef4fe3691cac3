// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic LRU cache class built on Map with capacity eviction
class LRU<K, V> {
  private map = new Map<K, V>();
  evicted: K[] = [];
  constructor(private capacity: number) {}
  get(k: K): V | undefined {
    const v = this.map.get(k);
    if (v === undefined) return undefined;
    this.map.delete(k);
    this.map.set(k, v);
    return v;
  }
  put(k: K, v: V): void {
    if (this.map.has(k)) this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value as K;
      this.map.delete(oldest);
      this.evicted.push(oldest);
    }
  }
  keys(): K[] {
    return [...this.map.keys()];
  }
}
const c = new LRU<string, number>(3);
c.put("a", 1);
c.put("b", 2);
c.put("c", 3);
console.log(c.get("a"), c.keys().join(""));
c.put("d", 4);
console.log(c.keys().join(""), c.evicted.join(""), c.get("b"));
c.put("c", 30);
c.put("e", 5);
console.log(c.keys().join(""), c.evicted.join(""), c.get("c"));
