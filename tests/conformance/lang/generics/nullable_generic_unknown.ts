// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: nullable object references through generic functions, unknown, unions, closures and Maps
class Item {
  constructor(public id: number) {}
  toString(): string {
    return 'Item#' + this.id;
  }
}
function identity<T>(x: T): T {
  return x;
}
function orDefault<T>(x: T | null, d: T): T {
  return x === null ? d : x;
}
function show(x: unknown): string {
  if (x instanceof Item) return 'item ' + x.id;
  if (x === null) return 'null!';
  return typeof x;
}
function firstNonNull<T>(xs: (T | null)[]): T | undefined {
  for (const x of xs) if (x !== null) return x;
  return undefined;
}
class Box<T> {
  constructor(public v: T) {}
  get(): T {
    return this.v;
  }
}
const none: Item | null = null as Item | null;
const one: Item | null = new Item(1);
console.log(identity(none), identity(one), identity<Item | null>(null));
console.log(orDefault(none, new Item(2)).id, orDefault(one, new Item(3)).id);
console.log(show(none), show(one), show(identity(none)));
const mixed: (Item | null | string | number)[] = [none, one, 'a', 4];
console.log(mixed, mixed.map(show));
const many: (Item | null)[] = [null, null, new Item(7), null];
console.log(firstNonNull(many)?.id, firstNonNull([null, null] as (Item | null)[]));
const b1 = new Box<Item | null>(null);
const b2 = new Box<Item | null>(new Item(5));
console.log(b1, b2, b1.get(), b2.get()?.id, b1.get() === null);
b1.v = b2.v;
console.log(b1.get()?.id);
let captured: Item | null = null;
const setIt = (n: number): void => {
  captured = n > 0 ? new Item(n) : null;
};
const readIt = (): string => (captured === null ? 'empty' : 'has ' + captured.id);
const current = (): Item | null => captured;
console.log(readIt());
setIt(9);
console.log(readIt(), String(current()), `${current()}`, current());
setIt(0);
console.log(readIt(), String(current()), current());
const m = new Map<string, Item | null>();
m.set('a', null);
m.set('b', new Item(11));
console.log(m, m.get('a'), m.get('b')?.id, m.get('zz'), m.has('a'));
const either: Item | null | undefined = m.get('a');
console.log(either === null, either === undefined);
const tuple: [Item | null, number] = [null, 2];
console.log(tuple, tuple[0] ?? 'dflt');
function pick(flag: boolean): Item | null | boolean {
  return flag ? one : none;
}
console.log(pick(true), pick(false));
const obj: { it: Item | null; n: number } = { it: null, n: 1 };
const spread = { ...obj, extra: one };
console.log(spread, JSON.stringify(spread));
const { it, n } = obj;
console.log(it, n);
const rec: Record<string, Item | null> = { x: null, y: new Item(12) };
console.log(rec, Object.entries(rec).length);
