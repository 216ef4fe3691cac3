// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: one generic class instantiated with numbers, strings, booleans, objects and unions
class Box<T> {
  constructor(private value: T) {}
  get(): T {
    return this.value;
  }
  set(v: T): void {
    this.value = v;
  }
  swapWith(other: Box<T>): void {
    const t = this.value;
    this.value = other.value;
    other.value = t;
  }
}
const n = new Box<number>(1.5);
const s = new Box("text");
const b = new Box(false);
const o = new Box({ x: 3, y: 4 });
const u = new Box<number | string>(7);
n.set(n.get() * 2);
s.set(s.get().toUpperCase());
b.set(!b.get());
console.log(n.get(), s.get(), b.get(), o.get().x + o.get().y);
u.set("seven");
console.log(u.get(), typeof u.get());
const n2 = new Box(100);
n.swapWith(n2);
console.log(n.get(), n2.get());
const boxes: Box<string>[] = [new Box("a"), new Box("b"), s];
console.log(boxes.map((x) => x.get()).join("|"));
