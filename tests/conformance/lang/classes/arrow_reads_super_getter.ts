// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: an arrow function inside a method reads a base-class getter through super.x
class Base {
  get title(): string {
    return "base";
  }
}
class Derived extends Base {
  get title(): string {
    return super.title + "/derived";
  }
  titles(): () => string {
    return () => `${super.title}|${this.title}`;
  }
}
console.log(new Derived().titles()());
