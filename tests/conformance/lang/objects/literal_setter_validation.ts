// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: a literal setter that validates and throws; compound assignment calls getter then setter
interface Account { balance: number; readonly history: string }
function account(start: number): Account {
  const moves: number[] = [];
  let value = start;
  return {
    get balance() { return value; },
    set balance(v: number) {
      if (v < 0) throw new RangeError("balance cannot go below zero (" + v + ")");
      moves.push(v - value);
      value = v;
    },
    get history() { return moves.map((m) => (m >= 0 ? "+" : "") + m).join(" "); },
  };
}
const a = account(10);
a.balance += 5;
a.balance -= 12;
console.log(a.balance, a.history);
try {
  a.balance -= 100;
} catch (e) {
  if (e instanceof RangeError) console.log("rejected:", e.message);
}
console.log(a.balance, a.history);
a.balance = a.balance * 4;
console.log(a.balance, a.history);
