// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: `C | null` through ===, ==, truthiness, ?., ??, ??=, !, instanceof, ternaries and as
class Node2 {
  constructor(public value: number, public next: Node2 | null = null) {}
  tail(): Node2 {
    let n: Node2 = this;
    while (n.next) n = n.next;
    return n;
  }
  nth(i: number): Node2 | null {
    let n: Node2 | null = this;
    while (n !== null && i > 0) {
      n = n.next;
      i--;
    }
    return n;
  }
}
class Special extends Node2 {}

const list = new Node2(1, new Node2(2, new Special(3)));
console.log(list.tail().value, list.nth(1)?.value, list.nth(5)?.value, list.nth(9)?.next?.value);
console.log(list.next?.next?.next?.value, list.next?.next?.value);
const gone: Node2 | null = list.nth(7);
console.log(gone ?? 'none', gone?.value ?? -1, (gone || list).value, !gone, !!gone, gone && gone.value);
console.log(gone === null, gone !== null, gone == null, gone != null, gone === undefined, gone == undefined);
let slot: Node2 | null = null;
slot ??= list;
console.log(slot.value);
slot ??= new Node2(99);
console.log(slot.value);
slot = null;
console.log(slot, slot ? "yes" : "no", list.nth(4) instanceof Node2, list.nth(2) instanceof Special, list.nth(1) instanceof Special);
const s: Node2 | null = list.nth(2);
if (s instanceof Special) console.log('special', s.value);
function describe(n: Node2 | null): string {
  if (!n) return 'nothing';
  return n instanceof Special ? 'special ' + n.value : 'plain ' + n.value;
}
console.log(describe(null), describe(list), describe(list.nth(2)));
function firstOr(n: Node2 | null, d: Node2): Node2 {
  return n ?? d;
}
console.log(firstOr(null, list).value, firstOr(list.nth(1), list).value);
const u: unknown = list.nth(3);
const back = u as Node2 | null;
console.log(back, back === null);
const u2: unknown = list;
const back2 = u2 as Node2 | null;
console.log(back2?.value);
console.log(list.nth(1)!.value);
const maybe: Node2 | null = list.nth(0);
const sure: Node2 = maybe!;
console.log(sure.value, maybe === list, maybe !== list, list.nth(1) === list.next);
let count = 0;
for (let n: Node2 | null = list; n; n = n.next) count += n.value;
console.log(count);
try {
  console.log(list.nth(8)!.value);
} catch (e) {
  console.log('caught', e instanceof TypeError, (e as Error).message);
}
const arr: (Node2 | null)[] = [list, null, list.next];
console.log(arr.indexOf(null), arr.includes(null), arr.filter((x) => x !== null).length, arr.findIndex((x) => x === null));
console.log(arr.map((x) => x?.value ?? 0), arr.some((x) => !x), arr.every((x) => x));
console.log(arr.pop()?.value, arr.pop(), arr.length);
