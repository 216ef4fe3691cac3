// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// The ledger: an index of accounts, transfers that validate, a history.
import { Account } from './accounts';
import { formatMoney } from './format';

export class TransferError extends Error {
  constructor(readonly reason: string, message: string) {
    super(message);
    this.name = 'TransferError';
  }
}

export interface Row {
  owner: string;
  balance: number;
}

export class Ledger {
  private readonly byOwner = new Map<string, Account>();
  readonly history: string[] = [];

  open(a: Account): void {
    this.byOwner.set(a.owner, a);
    this.history.push(`open ${a.owner}`);
  }

  private find(owner: string): Account {
    const a = this.byOwner.get(owner);
    if (a === undefined) throw new TransferError('unknown', `no account for ${owner}`);
    return a;
  }

  transfer(from: string, to: string, amount: number): void {
    if (from === to) throw new TransferError('same', 'cannot transfer to the same account');
    if (!(amount > 0)) throw new TransferError('amount', `invalid amount ${amount}`);
    const a = this.find(from);
    const b = this.find(to);
    if (a.balance < amount) throw new TransferError('funds', `${from} has only ${formatMoney(a.balance)}`);
    a.balance -= amount;
    b.balance += amount;
    this.history.push(`${from}->${to} ${amount}`);
  }

  applyInterest(): void {
    for (const a of this.byOwner.values()) {
      const i = a.interest();
      if (i > 0) {
        a.balance += i;
        this.history.push(`interest ${a.owner} ${i}`);
      }
    }
  }

  accounts(): Account[] {
    return [...this.byOwner.values()];
  }

  rows(): Row[] {
    return this.accounts()
      .map((a) => ({ owner: a.owner, balance: a.balance }))
      .sort((x, y) => y.balance - x.balance || (x.owner < y.owner ? -1 : 1));
  }

  total(): number {
    return this.accounts().reduce((s, a) => s + a.balance, 0);
  }
}
