// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// longer program: a simulated bank ledger with module state, validation, interest and a formatted report
let balanceA: number = 0;
let balanceB: number = 0;
let balanceC: number = 0;
let rejected: number = 0;
let processed: number = 0;
let journal: string = "";
const OVERDRAFT_LIMIT: number = -500;

function getBalance(acct: number): number {
  if (acct === 0) return balanceA;
  if (acct === 1) return balanceB;
  return balanceC;
}
function setBalance(acct: number, v: number): void {
  if (acct === 0) balanceA = v;
  else if (acct === 1) balanceB = v;
  else balanceC = v;
}
function name(acct: number): string {
  return acct === 0 ? "alice" : acct === 1 ? "bob" : "carol";
}
function cents(v: number): string {
  let neg: boolean = v < 0;
  let c: number = neg ? -v : v;
  c = c * 100 + 0.5;
  c = c - (c % 1);
  let whole: number = (c - (c % 100)) / 100;
  let frac: number = c % 100;
  return (neg ? "-" : "") + whole + "." + (frac < 10 ? "0" : "") + frac;
}
function deposit(acct: number, amount: number): boolean {
  processed++;
  if (amount <= 0 || amount !== amount) {
    rejected++;
    journal += "R";
    return false;
  }
  setBalance(acct, getBalance(acct) + amount);
  journal += "D";
  return true;
}
function withdraw(acct: number, amount: number): boolean {
  processed++;
  let next: number = getBalance(acct) - amount;
  if (amount <= 0 || next < OVERDRAFT_LIMIT) {
    rejected++;
    journal += "r";
    return false;
  }
  setBalance(acct, next);
  journal += "W";
  return true;
}
function transfer(from: number, to: number, amount: number): boolean {
  if (from === to) return false;
  if (!withdraw(from, amount)) return false;
  if (!deposit(to, amount)) {
    deposit(from, amount);
    return false;
  }
  return true;
}
function applyInterest(rate: number): void {
  for (let a = 0; a < 3; a++) {
    let b: number = getBalance(a);
    if (b > 0) setBalance(a, b * (1 + rate));
    else if (b < 0) setBalance(a, b * (1 + 2 * rate));
  }
}
function report(title: string): void {
  console.log("== " + title + " ==");
  let total: number = 0;
  for (let a = 0; a < 3; a++) {
    let b: number = getBalance(a);
    total += b;
    console.log("%s\t%s\t%s", name(a), cents(b), b < 0 ? "OVERDRAWN" : "ok");
  }
  console.log("total", cents(total), "raw", total);
}

deposit(0, 1000);
deposit(1, 250.75);
deposit(2, 0.1);
deposit(2, 0.2);
report("opening");
console.log(transfer(0, 1, 300), transfer(1, 2, 1000), transfer(2, 0, 0.3), transfer(1, 1, 5));
withdraw(1, 700);
withdraw(1, 100);
deposit(0, -5);
deposit(0, 0 / 0);
report("after transfers");
let seed: number = 7;
for (let day = 1; day <= 30; day++) {
  seed = (seed * 48271) % 2147483647;
  let acct: number = seed % 3;
  let amount: number = (seed % 20000) / 100;
  if (seed % 2 === 0) deposit(acct, amount);
  else withdraw(acct, amount);
  if (day % 10 === 0) {
    applyInterest(0.01);
    report("day " + day);
  }
}
console.log("processed", processed, "rejected", rejected);
console.log("journal", journal);
