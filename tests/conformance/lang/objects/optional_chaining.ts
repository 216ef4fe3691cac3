// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// optional chaining and nullish coalescing on nested optional members and calls
interface Node {
  value: number;
  next?: Node;
  visit?: (n: number) => string;
}
const list: Node = { value: 1, next: { value: 2, next: { value: 3 } }, visit: (n) => "visited " + n };
console.log(list.next?.next?.value, list.next?.next?.next?.value, list.next?.next?.next?.value ?? "end");
console.log(list.visit?.(1), list.next?.visit?.(2), list.next?.visit?.(2) ?? "no visitor");
function depth(n: Node | undefined): number {
  let d: number = 0;
  while (n) {
    d++;
    n = n.next;
  }
  return d;
}
console.log(depth(list), depth(undefined), depth(list.next));
const zero: number | null = 0;
const empty: string | undefined = "";
console.log(zero ?? 5, zero || 5, empty ?? "dflt", empty || "dflt");
