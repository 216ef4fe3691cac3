// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a cyclic object makes JSON.stringify throw a catchable TypeError with V8's message
interface Node {
  name: string;
  next: Node | null;
}
const a: Node = { name: "a", next: null };
const b: Node = { name: "b", next: a };
a.next = b;
try {
  console.log(JSON.stringify(a));
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).name);
  console.log((e as Error).message);
}
const self: Node = { name: "self", next: null };
self.next = self;
try {
  JSON.stringify({ wrapper: [self] });
} catch (e) {
  console.log((e as Error).message);
}
b.next = null;
console.log(JSON.stringify(a));
