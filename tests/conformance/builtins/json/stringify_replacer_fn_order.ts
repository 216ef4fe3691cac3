// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: a replacer function sees the root under "", then keys and array indices depth first, after toJSON
class Money {
  constructor(readonly cents: number) {}
  toJSON(): string { return (this.cents / 100).toFixed(2); }
}
const data = { total: new Money(1250), items: [{ sku: "a", qty: 2 }, { sku: "b", qty: 0 }], note: "n" };
const log: string[] = [];
const out = JSON.stringify(data, (key: string, value: unknown) => {
  log.push((key === "" ? "<root>" : key) + ":" + typeof value);
  return value;
});
console.log(out);
console.log(log.join(" "));
