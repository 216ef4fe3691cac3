// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: super method calls through three levels and super property getters
class A {
  name(): string {
    return "A";
  }
  get tag(): string {
    return "<a>";
  }
  chain(): string {
    return this.name();
  }
}
class B extends A {
  name(): string {
    return "B>" + super.name();
  }
  get tag(): string {
    return "<b>" + super.tag;
  }
}
class C extends B {
  name(): string {
    return "C>" + super.name();
  }
  get tag(): string {
    return super.tag + "<c>";
  }
  chain(): string {
    return "[" + super.chain() + "]";
  }
}
const c = new C();
console.log(c.name(), c.tag, c.chain());
const asA: A = c;
console.log(asA.name(), asA.tag);
console.log(new B().chain(), new A().chain());
