// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: order of parameter properties, field initialisers, super call and body across three levels
const log: string[] = [];
function note(s: string): number {
  log.push(s);
  return log.length;
}
class A {
  a1 = note("A.a1");
  a2: number;
  constructor(public pa: number) {
    note("A.body pa=" + pa);
    this.a2 = note("A.a2");
  }
}
class B extends A {
  b1 = note("B.b1 pa=" + this.pa);
  constructor(public pb: string, x: number) {
    note("B.before super");
    super(note("B.arg " + x));
    note("B.after super pb=" + this.pb + " b1=" + this.b1);
  }
}
class C extends B {
  c1 = note("C.c1");
  c2 = this.c1 + this.a1;
  constructor() {
    super("pb", note("C.arg"));
    note("C.body c2=" + this.c2);
  }
}
const c = new C();
console.log(log.join("\n"));
console.log(c.a1, c.a2, c.pa, c.b1, c.pb, c.c1, c.c2);
log.length = 0;
const b = new B("x", 7);
console.log(log.join(" | "));
console.log(b instanceof A, b instanceof C, c instanceof B);
