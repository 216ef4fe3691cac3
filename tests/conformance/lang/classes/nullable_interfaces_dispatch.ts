// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: nullable links read and written through an interface whose classes lay them out differently, ?. calls, ??= on fields, switch on null
interface Chain {
  next: Chain | null;
  name(): string;
}
class A implements Chain {
  extra = 1;
  next: Chain | null = null;
  name(): string {
    return 'A';
  }
}
class B implements Chain {
  next: Chain | null;
  constructor(next: Chain | null, public tag: string) {
    this.next = next;
  }
  name(): string {
    return 'B' + this.tag;
  }
}
function names(c: Chain | null): string {
  let s = '';
  while (c !== null) {
    s += c.name();
    c = c.next;
  }
  return s;
}
const a = new A();
const chain: Chain = new B(new B(a, '2'), '1');
console.log(names(chain), names(null), chain.next?.next?.name(), chain.next?.next?.next?.name());
a.next = new B(null, '3');
console.log(names(chain));
const mid: Chain | null = chain.next;
if (mid) mid.next = null;
console.log(names(chain), chain);
class Cache {
  item: A | null = null;
  hits = 0;
  get(): A {
    this.item ??= new A();
    this.hits++;
    return this.item;
  }
  drop(): void {
    this.item = null;
  }
}
const cache = new Cache();
const first = cache.get();
console.log(first === cache.get(), cache.hits, cache);
cache.drop();
console.log(cache.item, cache.get() === first, cache.item?.name());
function kind(x: A | null): string {
  switch (x) {
    case null:
      return 'null';
    case first:
      return 'first';
    default:
      return 'other';
  }
}
console.log(kind(null), kind(first), kind(new A()));
const byName = new Map<string, Chain | null>();
byName.set('chain', chain);
byName.set('none', null);
for (const [k, v] of byName) console.log(k, v === null ? 'is null' : v.name(), v);
const objs: Record<string, A | null> = {};
objs.a = first;
objs.b = null;
console.log(objs, JSON.stringify(objs));
