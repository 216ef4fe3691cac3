// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: an arrow function inside an overriding method calls super.m() (internal compiler error "super method call")
class Base {
  greet(who: string): string {
    return "hello " + who;
  }
}
class Derived extends Base {
  greet(who: string): string {
    return super.greet(who) + "!";
  }
  maker(): () => string {
    return () => super.greet("arrow");
  }
}
const d = new Derived();
console.log(d.greet("x"), d.maker()());
