// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// object spread of class instances copies own fields only (not methods or getters)
class Temp {
  unit = "C";
  constructor(public value: number) {}
  get fahrenheit(): number { return this.value * 9 / 5 + 32; }
  describe(): string { return this.value + this.unit; }
}
const t = new Temp(20);
const plain = { ...t, note: "copied" };
console.log(plain);
console.log(Object.keys(plain).join(","), plain.value, plain.unit, t.describe(), t.fahrenheit);
