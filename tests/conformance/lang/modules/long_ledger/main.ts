// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A small ledger over four modules: accounts, transfers with errors, a Map index, sorted reports.
import { Account, SavingsAccount, AccountKind } from './accounts';
import { Ledger, TransferError } from './ledger';
import { formatMoney, table } from './format';

const ledger = new Ledger();
ledger.open(new Account('alice', 120));
ledger.open(new SavingsAccount('bob', 1000, 0.02));
ledger.open(new Account('carol', 5));
ledger.open(new SavingsAccount('dave', 250.5, 0.05));

const transfers: [string, string, number][] = [
  ['alice', 'bob', 20],
  ['carol', 'alice', 50],
  ['bob', 'carol', 333.33],
  ['dave', 'erin', 1],
  ['alice', 'alice', 1],
  ['dave', 'alice', -4],
  ['bob', 'dave', 0.1],
];

for (const [from, to, amount] of transfers) {
  try {
    ledger.transfer(from, to, amount);
    console.log(`ok   ${from} -> ${to} ${formatMoney(amount)}`);
  } catch (e) {
    if (e instanceof TransferError) console.log(`fail ${from} -> ${to}: ${e.reason} (${e.message})`);
    else throw e;
  }
}

ledger.applyInterest();
console.log(table(ledger.rows()));
console.log('total', formatMoney(ledger.total()));
const kinds = new Map<AccountKind, number>();
for (const a of ledger.accounts()) kinds.set(a.kind(), (kinds.get(a.kind()) ?? 0) + 1);
console.log([...kinds.entries()].map(([k, n]) => `${AccountKind[k]}=${n}`).join(' '));
console.log('history', ledger.history.length, ledger.history.slice(-2).join('; '));
