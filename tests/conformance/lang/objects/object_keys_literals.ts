// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Object.keys/values/entries on literals and class instances: own fields in JS order
const point = { y: 2, x: 1, 10: "ten", label: "p", 2: "two" };
console.log(Object.keys(point));
console.log(Object.values(point));
console.log(Object.entries(point));
class Account {
  balance = 0;
  constructor(public owner: string, readonly id: number) {}
  deposit(n: number): void { this.balance += n; }
}
const acc = new Account("ann", 7);
acc.deposit(5);
console.log(Object.keys(acc));
interface Pt { row: number; col: number }
const pts: Pt[] = [{ col: 1, row: 2 }];
for (const p of pts) console.log(Object.keys(p), Object.entries({ b: p.row, a: p.col }));
