// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: counters capturing a local variable, independent instances, reading and writing captured state
function makeCounter(start: number): () => number {
  let n: number = start;
  return function (): number {
    n++;
    return n;
  };
}
const a = makeCounter(0);
const b = makeCounter(100);
console.log(a(), a(), b(), a(), b());
function makeAccount(): { deposit: (v: number) => number; balance: () => number } {
  let total: number = 0;
  return {
    deposit: (v: number): number => (total += v),
    balance: (): number => total,
  };
}
const acct = makeAccount();
acct.deposit(10);
acct.deposit(5.5);
console.log(acct.balance());
let shared: number = 1;
const bump = (): void => {
  shared *= 2;
};
bump();
bump();
console.log(shared);
