// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: arrow functions inside overriding methods reaching super through a helper and super getters, reading this later, after fields change
class Base {
  count = 0;
  greet(who: string): string {
    this.count++;
    return `hello ${who} (${this.count})`;
  }
  get title(): string {
    return "base";
  }
}
class Derived extends Base {
  suffix = "!";
  greet(who: string): string {
    return super.greet(who.toUpperCase()) + this.suffix;
  }
  get title(): string {
    return super.title + "/derived";
  }
  baseGreet(who: string): string {
    return super.greet(who);
  }
  makers(): (() => string)[] {
    const viaSuper = () => this.baseGreet("s");
    const viaThis = () => this.greet("t");
    const titles = () => `${super.title}|${this.title}`;
    return [viaSuper, viaThis, titles];
  }
}
class Leaf extends Derived {
  greet(who: string): string {
    return "[" + super.greet(who) + "]";
  }
  get title(): string {
    return "leaf:" + super.title;
  }
}
for (const o of [new Derived(), new Leaf()]) {
  const [a, b, c] = o.makers();
  console.log(a());
  console.log(b());
  o.suffix = "?";
  console.log(a(), "/", b());
  console.log(c());
  console.log(o.count, o.title);
}
const bases: Base[] = [new Base(), new Derived(), new Leaf()];
console.log(bases.map((b) => b.greet("x")).join(" ; "));
console.log(bases.map((b) => b.title).join(" ; "));
