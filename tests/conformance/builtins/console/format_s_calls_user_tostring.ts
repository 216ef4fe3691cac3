// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %s on a class instance with a user-defined toString calls it (util.format), including an inherited one
class Named {
  constructor(public name: string) {}
  toString(): string {
    return "Named(" + this.name + ")";
  }
}
class Child extends Named {
  extra = true;
}
console.log("%s", new Named("n1"));
console.log("%s", new Child("c1"));
