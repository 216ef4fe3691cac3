// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: public, private, protected and readonly parameter properties become fields
class Account {
  constructor(
    public readonly id: string,
    private balance: number,
    protected owner: string,
    public note?: string,
  ) {}
  deposit(n: number): number {
    this.balance += n;
    return this.balance;
  }
  describe(): string {
    return this.id + ":" + this.owner + ":" + this.balance + ":" + (this.note ?? "-");
  }
}
class Savings extends Account {
  constructor(id: string, private rate: number) {
    super(id, 100, "bank");
  }
  accrue(): number {
    return this.deposit(this.deposit(0) * this.rate);
  }
  who(): string {
    return this.owner;
  }
}
const a = new Account("A1", 5, "ann", "first");
a.deposit(10);
console.log(a.describe(), a.id, a.note);
const s = new Savings("S1", 0.5);
console.log(s.accrue(), s.accrue(), s.who(), s.describe());
a.note = undefined;
console.log(a.describe());
