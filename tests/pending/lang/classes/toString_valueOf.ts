// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: user toString and valueOf are used by string concatenation, templates and arithmetic
class Money {
  constructor(private cents: number) {}
  valueOf(): number {
    return this.cents;
  }
  toString(): string {
    return "$" + (this.cents / 100).toFixed(2);
  }
}
const a = new Money(150);
const b = new Money(275);
console.log(`${a}`, String(b), "" + a);
console.log(+a + +b, a.valueOf() * 2, (a as unknown as number) < (b as unknown as number));
class Version {
  constructor(private major: number, private minor: number) {}
  toString(): string {
    return "v" + this.major + "." + this.minor;
  }
}
const vs = [new Version(1, 2), new Version(0, 9)];
console.log(vs.join(" | "), `${vs[1]}`);
