// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: an exception from toJSON during %j propagates out of console.log and nothing is printed
class Fragile {
  constructor(readonly ok: boolean) {}
  toJSON(): string {
    if (!this.ok) throw new TypeError("cannot serialise");
    return "fine";
  }
}
try {
  console.log("value: %j", new Fragile(false));
} catch (e) {
  console.log("caught", (e as Error).name, (e as Error).message);
}
console.log("value: %j", new Fragile(true));
console.log("%j", [new Fragile(true)]);
