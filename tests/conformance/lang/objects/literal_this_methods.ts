// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// object-literal methods using this: counters, chaining and arrows inside
const counter = {
  count: 0,
  step: 2,
  inc() { this.count += this.step; return this.count; },
  reset() { this.count = 0; },
  twice() { this.inc(); return this.inc(); },
};
console.log(counter.inc(), counter.inc(), counter.twice());
counter.reset();
console.log(counter.count);
const list = {
  items: [3, 1, 2],
  scale: 10,
  scaled() { return this.items.map((x) => x * this.scale); },
  describe(): string { return `${this.items.length} items, max ${Math.max(...this.scaled())}`; },
};
console.log(list.scaled(), list.describe());
list.scale = 100;
console.log(list.describe());
