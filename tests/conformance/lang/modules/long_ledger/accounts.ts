// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Account classes.
export enum AccountKind {
  Checking,
  Savings,
}

export class Account {
  constructor(readonly owner: string, public balance: number) {}
  kind(): AccountKind {
    return AccountKind.Checking;
  }
  interest(): number {
    return 0;
  }
}

export class SavingsAccount extends Account {
  constructor(owner: string, balance: number, private readonly rate: number) {
    super(owner, balance);
  }
  kind(): AccountKind {
    return AccountKind.Savings;
  }
  interest(): number {
    return Math.round(this.balance * this.rate * 100) / 100;
  }
}
