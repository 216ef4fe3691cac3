// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: class instances with base class fields first, getters and methods omitted, nested toJSON with key argument in arrays and objects
class Base { id = 0; constructor(public kind: string) {} describe(): string { return this.kind; } }
class Derived extends Base {
  extra: number[] = [1, 2];
  #secret = 42;
  constructor(public label: string) { super("derived"); }
  get upper(): string { return this.label.toUpperCase() + this.#secret; }
}
const d = new Derived("lbl");
console.log(JSON.stringify(d));
console.log(JSON.stringify([d, new Base("b")], null, 2));
class Stamp {
  constructor(private n: number) {}
  toJSON(key: string): string { return `<${key}:${this.n}>`; }
}
class Holder { first = new Stamp(1); list = [new Stamp(2), new Stamp(3)]; 10 = new Stamp(4); }
console.log(JSON.stringify(new Holder()));
console.log(JSON.stringify(new Stamp(5)), JSON.stringify({ s: new Stamp(6) }, null, "  "));
class NumJ { toJSON(): number { return 12.5; } }
class ObjJ { toJSON(): { inner: NumJ } { return { inner: new NumJ() }; } }
console.log(JSON.stringify([new NumJ(), new ObjJ()]), JSON.stringify({ o: new ObjJ() }));
