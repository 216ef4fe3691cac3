// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: object rest over a class instance takes its own fields (not methods or getters)
class Account {
  owner: string;
  constructor(public id: number, owner: string, public balance: number) { this.owner = owner; }
  get summary(): string { return this.owner + "=" + this.balance; }
  deposit(n: number): void { this.balance += n; }
}
const acc = new Account(1, "ann", 50);
const { id, ...fields } = acc;
console.log(id, fields);
acc.deposit(10);
console.log(acc.summary, fields.balance);
function strip({ balance, ...other }: Account): string { return balance + " " + other.owner + " " + other.id; }
console.log(strip(acc));
