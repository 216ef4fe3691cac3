// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Churn: linked lists of class instances built and dropped, 2,000 nodes live at a time.
class ListNode {
  constructor(public value: number, public next: ListNode | null) {}
}
const NODE_BYTES = 16; // at least a header: a lower bound for the allocation total
let total = 0;
let checksum = 0;
for (let round = 0; round < 8000; round++) {
  let head: ListNode | null = null;
  for (let i = 0; i < 2000; i++) head = new ListNode(i + round, head);
  total += 2000 * NODE_BYTES;
  let n: ListNode | null = head;
  while (n !== null) {
    checksum = (checksum + n.value) % 1000003;
    n = n.next;
  }
}
console.log('checksum ' + checksum);
console.log('bytes>=' + total);
