// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: #private fields, static registry map, static methods using this, readonly ids
class Account {
  static #nextId = 1;
  static readonly registry: Map<number, Account> = new Map<number, Account>();
  readonly id: number;
  #balance: number;
  #ops: string[] = [];
  constructor(public owner: string, initial: number) {
    this.id = Account.#nextId++;
    this.#balance = initial;
    Account.registry.set(this.id, this);
  }
  get balance(): number {
    return this.#balance;
  }
  #record(op: string): void {
    this.#ops.push(op);
  }
  deposit(n: number): this {
    this.#balance += n;
    this.#record("+" + n);
    return this;
  }
  withdraw(n: number): boolean {
    if (n > this.#balance) {
      this.#record("!" + n);
      return false;
    }
    this.#balance -= n;
    this.#record("-" + n);
    return true;
  }
  static find(id: number): Account | undefined {
    return this.registry.get(id);
  }
  static total(): number {
    let t = 0;
    for (const a of Account.registry.values()) t += a.#balance;
    return t;
  }
  static transfer(from: number, to: number, n: number): string {
    const a = Account.find(from);
    const b = Account.find(to);
    if (!a || !b) return "no such account";
    if (!a.withdraw(n)) return "insufficient";
    b.deposit(n);
    return "ok";
  }
  history(): string {
    return `${this.owner}#${this.id}: ${this.#ops.join(" ")} => ${this.#balance}`;
  }
}
const x = new Account("ann", 50);
const y = new Account("bob", 10);
new Account("cy", 0).deposit(5).deposit(6);
console.log(Account.total(), Account.registry.size);
console.log(Account.transfer(1, 2, 30));
console.log(Account.transfer(2, 3, 100));
console.log(Account.transfer(2, 9, 1));
console.log(Account.transfer(3, 1, 11));
for (const a of Account.registry.values()) console.log(a.history());
console.log(x.balance, y.balance, Account.find(3)?.balance, Account.find(4)?.balance);
console.log(Account.total());
