// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Cyclic garbage: rings of doubly linked nodes and objects pointing at themselves,
// unreachable as soon as each round ends. Only a tracing collector reclaims them.
class RingNode {
  next: RingNode;
  prev: RingNode;
  self: RingNode;
  constructor(public id: number) {
    this.next = this;
    this.prev = this;
    this.self = this;
  }
}
const NODE_BYTES = 16;
let total = 0;
let check = 0;
for (let round = 0; round < 14000; round++) {
  const first = new RingNode(round);
  let last = first;
  for (let i = 1; i < 1000; i++) {
    const n = new RingNode(i);
    n.prev = last;
    last.next = n;
    last = n;
  }
  last.next = first;
  first.prev = last;
  total += 1000 * NODE_BYTES;
  check = (check + first.prev.id + first.next.next.id + last.self.id) % 1000003;
}
console.log('check ' + check);
console.log('bytes>=' + total);
