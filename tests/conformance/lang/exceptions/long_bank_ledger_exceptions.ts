// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: bank ledger with an exception hierarchy, transactions rolled back in finally, event log and audit
class BankError extends Error {
  constructor(message: string, readonly account: string) {
    super(message);
    this.name = "BankError";
  }
}
class InsufficientFunds extends BankError {
  constructor(account: string, readonly needed: number, readonly available: number) {
    super(`need ${needed}, have ${available}`, account);
    this.name = "InsufficientFunds";
  }
}
class AccountFrozen extends BankError {
  constructor(account: string) {
    super("frozen", account);
    this.name = "AccountFrozen";
  }
}
class UnknownAccount extends BankError {
  constructor(account: string) {
    super("unknown account", account);
    this.name = "UnknownAccount";
  }
}
class LimitExceeded extends RangeError {
  constructor(readonly amount: number, readonly limit: number) {
    super(`amount ${amount} over limit ${limit}`);
    this.name = "LimitExceeded";
  }
}
type EventKind = "open" | "deposit" | "withdraw" | "transfer" | "rollback" | "error";
interface BankEvent {
  seq: number;
  kind: EventKind;
  detail: string;
}
class Account {
  frozen = false;
  constructor(readonly id: string, public balance: number) {}
}
class Bank {
  private accounts = new Map<string, Account>();
  private events: BankEvent[] = [];
  private seq = 0;
  private openTx = 0;
  constructor(readonly limit: number) {}
  private emit(kind: EventKind, detail: string): void {
    this.events.push({ seq: ++this.seq, kind, detail });
  }
  open(id: string, initial: number): void {
    this.accounts.set(id, new Account(id, initial));
    this.emit("open", `${id}:${initial}`);
  }
  private get(id: string): Account {
    const a = this.accounts.get(id);
    if (!a) throw new UnknownAccount(id);
    if (a.frozen) throw new AccountFrozen(id);
    return a;
  }
  freeze(id: string): void {
    this.get(id).frozen = true;
  }
  deposit(id: string, n: number): number {
    if (n > this.limit) throw new LimitExceeded(n, this.limit);
    const a = this.get(id);
    a.balance += n;
    this.emit("deposit", `${id}+${n}`);
    return a.balance;
  }
  withdraw(id: string, n: number): number {
    const a = this.get(id);
    if (a.balance < n) throw new InsufficientFunds(id, n, a.balance);
    a.balance -= n;
    this.emit("withdraw", `${id}-${n}`);
    return a.balance;
  }
  // all-or-nothing batch: on failure, restore every balance touched
  batch(ops: [string, string, number][]): string {
    const snapshot = new Map<string, number>();
    for (const [id, a] of this.accounts) snapshot.set(id, a.balance);
    this.openTx++;
    let committed = false;
    let done = 0;
    try {
      for (const [from, to, n] of ops) {
        this.withdraw(from, n);
        this.deposit(to, n);
        this.emit("transfer", `${from}->${to}:${n}`);
        done++;
      }
      committed = true;
      return `committed ${done}`;
    } catch (e) {
      if (e instanceof BankError) {
        this.emit("error", `${e.name}@${e.account}`);
        return `aborted after ${done}: ${e.name} (${e.message})`;
      }
      throw e;
    } finally {
      this.openTx--;
      if (!committed) {
        for (const [id, bal] of snapshot) {
          const a = this.accounts.get(id);
          if (a) a.balance = bal;
        }
        this.emit("rollback", `${done} undone`);
      }
    }
  }
  balances(): string {
    const parts: string[] = [];
    for (const [id, a] of this.accounts) parts.push(`${id}=${a.balance}${a.frozen ? "*" : ""}`);
    return parts.join(" ") + ` tx=${this.openTx}`;
  }
  audit(kind?: EventKind): string[] {
    return this.events.filter((e) => kind === undefined || e.kind === kind).map((e) => `#${e.seq} ${e.kind} ${e.detail}`);
  }
}
const bank = new Bank(300);
bank.open("alice", 500);
bank.open("bob", 100);
bank.open("carol", 0);
function attempt(label: string, f: () => string | number): void {
  try {
    console.log(label, "->", f());
  } catch (e) {
    if (e instanceof InsufficientFunds) console.log(label, "!! insufficient", e.account, e.needed, e.available);
    else if (e instanceof BankError) console.log(label, "!! bank", e.name, e.account, e.message);
    else if (e instanceof LimitExceeded) console.log(label, "!! limit", e.amount, e.limit, e instanceof RangeError, e.name);
    else console.log(label, "!! other", String(e));
  } finally {
    console.log("   ", bank.balances());
  }
}
attempt("dep", () => bank.deposit("bob", 50));
attempt("wd", () => bank.withdraw("carol", 1));
attempt("big", () => bank.deposit("alice", 5000));
attempt("who", () => bank.deposit("dave", 5));
attempt("batch ok", () => bank.batch([["alice", "bob", 100], ["bob", "carol", 200]]));
attempt("batch fail", () => bank.batch([["alice", "carol", 50], ["carol", "bob", 50], ["bob", "alice", 1000]]));
attempt("freeze", () => {
  bank.freeze("carol");
  return "carol frozen";
});
attempt("batch frozen", () => bank.batch([["alice", "bob", 10], ["bob", "carol", 10]]));
attempt("frozen wd", () => bank.withdraw("carol", 1));
attempt("batch limit", () => bank.batch([["bob", "alice", 5], ["alice", "bob", 350]]));
console.log(bank.audit().join("\n"));
console.log("errors:", bank.audit("error").length, "rollbacks:", bank.audit("rollback").join("; "));
