// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// === and == between union-typed values of every tag: nullish, absent optional properties, NaN, signed zeros, built strings, identity.

class Node2 {
  next: Node2 | null = null;
  constructor(public id: number) {}
}

interface Opt {
  a?: number;
  s?: string;
  n?: Node2;
}

type Mixed = number | string | boolean | Node2 | null | undefined;

const n1 = new Node2(1);
const n2 = new Node2(2);
n1.next = n2;
const built = ['ab', 'c'].join('');
const values: Mixed[] = [0, -0, 1, NaN, Infinity, 'abc', built, '', '0', true, false, n1, n2, null, undefined];

function label(v: Mixed): string {
  if (typeof v === 'number' && v === 0 && 1 / v < 0) return '-0';
  if (v instanceof Node2) return 'node' + v.id;
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

for (const x of values) {
  let strict = '';
  let loose = '';
  for (const y of values) {
    strict += x === y ? '1' : '0';
    loose += x == y ? '1' : '0';
  }
  console.log(label(x).padEnd(10), strict, loose, x !== null, x != null, x === undefined, x !== undefined);
}

// Absent optional properties are undefined, present ones compare by value.
const o1: Opt = {};
const o2: Opt = { a: 0, s: 'abc', n: n1 };
console.log(o1.a === undefined, o1.s === undefined, o1.n === undefined, o1.a === o1.s, o1.n == null);
console.log(o2.a === 0, o2.s === built, o2.n === n1, o2.n === n2, o2.a === o1.a, o2.s !== undefined);

// A linked list walked with !== null, and comparisons of ref against nullable.
let count = 0;
let p: Node2 | null = n1;
while (p !== null) {
  count++;
  if (p === n2) console.log('reached n2 at', count);
  p = p.next;
}
const maybe: Node2 | null = count > 1 ? n2 : null;
console.log(n2 === maybe, n1 === maybe, maybe === null, null === maybe);

// number | string unions: same text, different tags are never strictly equal.
const ns: (number | string)[] = [1, '1', 2, 'x' + 1];
for (const a of ns) console.log(ns.map((b) => (a === b ? 'T' : 'F')).join(''), ns.map((b) => (a == b ? 'T' : 'F')).join(''));

// boolean | undefined
const flags: (boolean | undefined)[] = [true, false, undefined];
for (const f of flags) console.log(f === true, f === false, f === undefined, f !== false);
