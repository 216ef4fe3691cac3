// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a bank model with account classes, transfers, validation errors, interest and an audit log
class InsufficientFunds extends Error {
  constructor(public account: string, public needed: number) {
    super(`insufficient funds in ${account}: need ${needed.toFixed(2)}`);
    this.name = "InsufficientFunds";
  }
}
class AccountFrozen extends Error {
  constructor(account: string) {
    super(`account ${account} is frozen`);
    this.name = "AccountFrozen";
  }
}
interface Transaction {
  id: number;
  kind: "deposit" | "withdraw" | "transfer" | "interest" | "fee";
  amount: number;
  from?: string;
  to?: string;
}
abstract class Account {
  private static nextNumber = 1000;
  readonly number: string;
  protected balanceCents = 0;
  frozen = false;
  constructor(readonly owner: string) {
    this.number = this.prefix() + Account.nextNumber++;
  }
  protected abstract prefix(): string;
  abstract monthEnd(): number;
  get balance(): number {
    return this.balanceCents / 100;
  }
  deposit(amount: number): void {
    this.check();
    if (amount <= 0) throw new RangeError("deposit must be positive");
    this.balanceCents += Math.round(amount * 100);
  }
  withdraw(amount: number): void {
    this.check();
    const cents = Math.round(amount * 100);
    if (cents > this.available()) throw new InsufficientFunds(this.number, amount);
    this.balanceCents -= cents;
  }
  protected available(): number {
    return this.balanceCents;
  }
  private check(): void {
    if (this.frozen) throw new AccountFrozen(this.number);
  }
  toString(): string {
    return `${this.number} ${this.owner.padEnd(6)} ${this.balance.toFixed(2).padStart(10)}${this.frozen ? " (frozen)" : ""}`;
  }
}
class Checking extends Account {
  constructor(owner: string, private overdraft: number = 0) {
    super(owner);
  }
  protected prefix(): string {
    return "CHK";
  }
  protected available(): number {
    return this.balanceCents + this.overdraft * 100;
  }
  monthEnd(): number {
    if (this.balanceCents < 0) {
      const fee = 15;
      this.balanceCents -= fee * 100;
      return -fee;
    }
    return 0;
  }
}
class Savings extends Account {
  constructor(owner: string, private rate: number) {
    super(owner);
  }
  protected prefix(): string {
    return "SAV";
  }
  monthEnd(): number {
    const interest = Math.round((this.balanceCents * this.rate) / 12);
    this.balanceCents += interest;
    return interest / 100;
  }
}
class Bank {
  private accounts = new Map<string, Account>();
  private log: Transaction[] = [];
  private nextId = 1;
  open(a: Account): Account {
    this.accounts.set(a.number, a);
    return a;
  }
  get(n: string): Account {
    const a = this.accounts.get(n);
    if (!a) throw new Error("no such account " + n);
    return a;
  }
  private record(t: Omit<Transaction, "id">): void {
    this.log.push({ id: this.nextId++, ...t });
  }
  deposit(n: string, amt: number): void {
    this.get(n).deposit(amt);
    this.record({ kind: "deposit", amount: amt, to: n });
  }
  transfer(from: string, to: string, amt: number): boolean {
    const a = this.get(from);
    const b = this.get(to);
    try {
      a.withdraw(amt);
      try {
        b.deposit(amt);
      } catch (e) {
        a.deposit(amt);
        throw e;
      }
      this.record({ kind: "transfer", amount: amt, from, to });
      return true;
    } catch (e) {
      if (e instanceof InsufficientFunds || e instanceof AccountFrozen) {
        console.log("  rejected:", e.name, "-", e.message);
        return false;
      }
      throw e;
    }
  }
  monthEnd(): void {
    for (const a of this.accounts.values()) {
      const delta = a.monthEnd();
      if (delta > 0) this.record({ kind: "interest", amount: delta, to: a.number });
      else if (delta < 0) this.record({ kind: "fee", amount: -delta, from: a.number });
    }
  }
  statement(): string {
    return [...this.accounts.values()].map((a) => a.toString()).join("\n");
  }
  total(): number {
    let t = 0;
    this.accounts.forEach((a) => (t += a.balance));
    return Math.round(t * 100) / 100;
  }
  history(kind?: Transaction["kind"]): string {
    return this.log
      .filter((t) => kind === undefined || t.kind === kind)
      .map((t) => `#${t.id} ${t.kind} ${t.amount.toFixed(2)}${t.from ? " from " + t.from : ""}${t.to ? " to " + t.to : ""}`)
      .join("\n");
  }
}
const bank = new Bank();
const alice = bank.open(new Checking("alice", 100));
const bob = bank.open(new Savings("bob", 0.06));
const carol = bank.open(new Checking("carol"));
bank.deposit(alice.number, 250.1);
bank.deposit(bob.number, 1000);
console.log(bank.transfer(alice.number, carol.number, 300), bank.transfer(alice.number, carol.number, 100));
console.log(bank.transfer(carol.number, bob.number, 0.1 + 0.2));
carol.frozen = true;
console.log(bank.transfer(bob.number, carol.number, 5));
console.log(bank.transfer(carol.number, bob.number, 5));
carol.frozen = false;
try {
  bank.deposit(carol.number, -5);
} catch (e) {
  console.log("  error:", (e as Error).name, (e as Error).message);
}
try {
  bank.transfer("XXX1", carol.number, 1);
} catch (e) {
  console.log("  error:", (e as Error).message);
}
for (let m = 0; m < 3; m++) bank.monthEnd();
console.log(bank.statement());
console.log("total", bank.total());
console.log(bank.history());
console.log(bank.history("fee").split("\n").length);
