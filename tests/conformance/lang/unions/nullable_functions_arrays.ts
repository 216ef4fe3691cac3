// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: nullable functions, arrays and maps (`(() => number) | null`, `number[] | null`), generic `(T | null)[]`, JSON.parse into nullable fields
type Thunk = () => number;
function noHook(): Thunk | null {
  return null;
}
let hook: Thunk | null = noHook();
function runHook(): string {
  return hook === null ? 'no hook' : 'hook ' + hook();
}
console.log(typeof hook, runHook(), hook?.(), hook ?? 'none');
hook = () => 41;
console.log(typeof hook, runHook(), hook?.(), String(hook !== null));
const handlers: (((x: number) => number) | null)[] = [(x) => x + 1, null, (x) => x * 2];
console.log(handlers.map((h) => (h ? h(10) : -1)), handlers.filter((h) => h === null).length);
const nothing = (): null => null;
let list: number[] | null = Math.PI > 4 ? [9] : nothing();
console.log(list, list?.length, list ?? [0], String(list), JSON.stringify({ list }));
list = [1, 2, 3];
console.log(list, list?.length, list.join('-'), String(list), JSON.stringify({ list }));
let table: Map<string, number> | null = Math.PI > 4 ? new Map<string, number>() : nothing();
console.log(table?.get('a'), table === null);
table = new Map([['a', 1]]);
console.log(table?.get('a'), table, table.size);
function compact<T>(xs: (T | null)[]): T[] {
  const out: T[] = [];
  for (const x of xs) if (x !== null) out.push(x);
  return out;
}
function countNulls<T>(xs: (T | null)[]): number {
  return xs.filter((x) => x === null).length;
}
class P {
  constructor(public n: number) {}
}
const ps: (P | null)[] = [new P(1), null, new P(3), null];
console.log(compact(ps), countNulls(ps), compact([1, null, 2]), countNulls(['a', null]));
const lists: (number[] | null)[] = [[1], null, [2, 3]];
console.log(compact(lists), countNulls(lists), lists);
interface Link {
  label: string;
  next: Link | null;
}
const parsed: Link = JSON.parse('{"label":"a","next":{"label":"b","next":null}}');
console.log(parsed, parsed.next?.label, parsed.next?.next, JSON.stringify(parsed));
let walk: Link | null = parsed;
let labels = '';
while (walk) {
  labels += walk.label;
  walk = walk.next;
}
console.log(labels);
const lit = { a: null as P | null, b: new P(2) as P | null };
lit.a = lit.b;
lit.b = null;
const readB = (): P | null => lit.b;
console.log(lit, lit.a?.n, readB()?.n);
function maybeP(k: number): P | null {
  return k > 0 ? new P(k) : null;
}
console.log(+(maybeP(0) === null), maybeP(2)?.n, [maybeP(0), maybeP(5)]);
const sorted: (P | null)[] = [new P(3), null, new P(1)];
sorted.sort((a, b) => (a === null ? 1 : b === null ? -1 : a.n - b.n));
console.log(sorted);
type Mixed = (() => number) | { k: number } | null;
const mixedVals: Mixed[] = [() => 1, { k: 2 }, null];
console.log(mixedVals.map((m) => typeof m));
for (const m of mixedVals) console.log(typeof m, typeof m === 'function' ? m() : m === null ? 'null' : m.k);
