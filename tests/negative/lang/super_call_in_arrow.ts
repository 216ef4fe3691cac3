// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// super.m() inside an arrow function is rejected (it was an internal compiler error)
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
