// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: methods in object literals use this to read and write sibling properties
const account = {
  owner: "kim",
  balance: 10,
  history: [] as string[],
  deposit(n: number): number {
    this.balance += n;
    this.history.push("+" + n);
    return this.balance;
  },
  withdraw(n: number): number {
    if (n > this.balance) {
      this.history.push("!" + n);
      return this.balance;
    }
    this.balance -= n;
    this.history.push("-" + n);
    return this.balance;
  },
};
account.deposit(5);
account.withdraw(100);
account.withdraw(7);
console.log(account.owner, account.balance, account.history.join(" "));
