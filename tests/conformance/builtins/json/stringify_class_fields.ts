// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify of class instances: own fields in declaration order, not getters or methods
class Base {
  id = 1;
  constructor(public kind: string) {}
  describe(): string {
    return this.kind + this.id;
  }
}
class Derived extends Base {
  extra: number[] = [1, 2];
  note?: string;
  constructor(public label: string) {
    super("derived");
  }
  get upper(): string {
    return this.label.toUpperCase();
  }
}
class Secret {
  #hidden = 42;
  shown = "yes";
  peek(): number {
    return this.#hidden;
  }
}
const d = new Derived("x");
console.log(JSON.stringify(new Base("b")));
console.log(JSON.stringify(d));
d.note = "n";
console.log(JSON.stringify(d, null, 2));
const s = new Secret();
console.log(JSON.stringify(s), s.peek());
console.log(JSON.stringify([new Base("one"), new Derived("two")]));
