// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: static members of a generic class are shared by all its instantiations
class Id<T> {
  static next = 1;
  static issued: number[] = [];
  readonly id: number;
  constructor(readonly value: T) {
    this.id = Id.next++;
    Id.issued.push(this.id);
  }
  static reset(): void {
    Id.next = 100;
  }
  static describe(): string {
    return "issued " + Id.issued.length + ", next " + this.next;
  }
}
const a = new Id(1.5);
const b = new Id("b");
const c = new Id<boolean>(true);
console.log(a.id, b.id, c.id, a.value, b.value, c.value);
Id.reset();
const d = new Id([1, 2]);
console.log(d.id, d.value.length, Id.describe(), Id.issued.join(","));
