// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: object literals with methods using this, closures over private state, and nested literal objects updated in place
interface Counter {
  count: number;
  step: number;
  inc(): number;
  reset(): void;
}
const c: Counter = {
  count: 0,
  step: 2,
  inc(): number { this.count += this.step; return this.count; },
  reset(): void { this.count = 0; },
};
console.log(c.inc(), c.inc(), c.count);
c.step = 5;
console.log(c.inc());
c.reset();
console.log(c.count, c.inc());
function makeAccount(owner: string, initial: number) {
  let balance = initial;
  const log: string[] = [];
  return {
    owner,
    deposit(n: number): number { balance += n; log.push("+" + n); return balance; },
    withdraw(n: number): boolean {
      if (n > balance) { log.push("!" + n); return false; }
      balance -= n;
      log.push("-" + n);
      return true;
    },
    balance: (): number => balance,
    history: (): string => log.join(" "),
  };
}
const acc = makeAccount("zed", 10);
console.log(acc.deposit(5), acc.withdraw(20), acc.withdraw(12), acc.balance(), acc.history(), acc.owner);
const acc2 = makeAccount("amy", 0);
acc2.deposit(1);
console.log(acc.balance(), acc2.balance(), acc2.history());
const state = {
  ui: { theme: "dark", panels: [{ id: "a", open: true }, { id: "b", open: false }] },
  user: { name: "kim", prefs: { lang: "en" } },
};
state.ui.panels[1].open = true;
state.user.prefs.lang = "fr";
state.ui.panels.push({ id: "c", open: false });
console.log(state);
console.log(JSON.stringify(state));
const toggler = {
  on: false,
  flips: 0,
  toggle(): boolean { this.on = !this.on; this.flips++; return this.on; },
};
const results: boolean[] = [];
for (let i = 0; i < 5; i++) results.push(toggler.toggle());
console.log(results, toggler.flips, toggler);
