// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a base constructor calling a method that a subclass with fields overrides
class Base {
  label: string;
  constructor() { this.label = this.describe(); }
  describe(): string { return "base"; }
}
class Derived extends Base {
  extra = "x";
  describe(): string { return "derived " + this.extra; }
}
console.log(new Derived().label);
