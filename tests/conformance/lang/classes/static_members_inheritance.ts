// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: static fields and methods are inherited, shadowed, and this in static methods is the class
class Base {
  static count = 0;
  static label = "base";
  static create(): string {
    this.count++;
    return this.label + "#" + this.count;
  }
  static describe(): string {
    return "I am " + this.label;
  }
}
class Child extends Base {
  static label = "child";
  static describe(): string {
    return super.describe() + " (child)";
  }
}
console.log(Base.create(), Base.create());
console.log(Child.create(), Base.count, Child.count);
console.log(Base.describe(), "|", Child.describe());
Child.count = 50;
console.log(Base.count, Child.count, Child.create());
