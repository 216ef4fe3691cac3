// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: base constructor calls an overridden method that sees subclass fields as undefined
class Base {
  desc: string;
  constructor() {
    this.desc = this.describe();
  }
  describe(): string {
    return "base";
  }
}
class Derived extends Base {
  extra: string = "ready";
  describe(): string {
    return "derived with " + this.extra;
  }
}
const d = new Derived();
console.log(d.desc);
console.log(d.describe());
class Late extends Base {
  declare extra2: string;
  describe(): string {
    return "late:" + typeof this.extra2;
  }
}
console.log(new Late().desc);
