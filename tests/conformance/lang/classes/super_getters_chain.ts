// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: super getters and super method calls through three levels
class A {
  protected n = 1;
  get label(): string {
    return "A" + this.n;
  }
  render(): string {
    return "<" + this.label + ">";
  }
}
class B extends A {
  get label(): string {
    return super.label + "B";
  }
  render(): string {
    return "[" + super.render() + "]";
  }
}
class C extends B {
  constructor() {
    super();
    this.n = 3;
  }
  get label(): string {
    return super.label + "C";
  }
  render(): string {
    return super.render() + "!";
  }
}
const xs: A[] = [new A(), new B(), new C()];
for (const x of xs) console.log(x.label, x.render());
