// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unknown narrowed past null and undefined (TypeScript's `{}`) still holds numbers, strings, booleans and objects: instanceof, typeof, String, printing and equality on it
class Point {
  constructor(public x: number, public y: number) {}
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nullish';
  const kind = typeof v;
  if (v instanceof Point) return `point ${v.x},${v.y}`;
  if (v instanceof Error) return `error ${v.message}`;
  return `${kind} ${String(v)} ${v === 1} ${`${v}`.length}`;
}

const samples: unknown[] = [1, 'one', true, new Point(2, 3), new RangeError('bad'), null, undefined, [4, 5], 0, ''];
for (const s of samples) console.log(describe(s));

function keep(v: unknown): unknown[] {
  const out: unknown[] = [];
  if (v !== null && v !== undefined) {
    out.push(v);
    console.log(v, JSON.stringify(v));
  }
  return out;
}
console.log(keep(7), keep('s'), keep(null), keep({ a: 1 }));

function loose(v: unknown): boolean {
  if (v == null) return false;
  return v instanceof Point || typeof v === 'number';
}
console.log(loose(3), loose('x'), loose(new Point(0, 0)), loose(undefined));
