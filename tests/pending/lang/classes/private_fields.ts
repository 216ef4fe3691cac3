// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: ECMAScript #private fields and methods, and TypeScript private/protected
class Counter {
  #count: number = 0;
  #step(): number {
    return 1;
  }
  inc(): number {
    this.#count += this.#step();
    return this.#count;
  }
  static isCounter(o: object): boolean {
    return #count in o;
  }
}
const c = new Counter();
c.inc();
console.log(c.inc(), Counter.isCounter(c), Counter.isCounter({}));
class Account {
  protected balance: number = 0;
  deposit(v: number): void {
    this.balance += v;
  }
}
class Savings extends Account {
  addInterest(rate: number): number {
    this.balance *= 1 + rate;
    return this.balance;
  }
}
const s = new Savings();
s.deposit(200);
console.log(s.addInterest(0.05));
