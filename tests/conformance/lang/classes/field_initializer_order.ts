// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: field initializers run in declaration order before the constructor body, after super() in subclasses
const log: string[] = [];
function note(s: string): number {
  log.push(s);
  return log.length;
}
class A {
  a1 = note("A.a1");
  a2 = note("A.a2");
  constructor() {
    note("A.ctor");
  }
}
class B extends A {
  b1 = note("B.b1");
  constructor(public p: number = note("B.param")) {
    note("B.before-super");
    super();
    note("B.after-super");
  }
  b2 = note("B.b2");
}
const b = new B();
console.log(log.join(" "));
console.log(b.a1, b.a2, b.b1, b.b2, b.p);
