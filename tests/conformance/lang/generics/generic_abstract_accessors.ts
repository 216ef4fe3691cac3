// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: an abstract generic base with accessors of T, subclasses fixing T, and a never-instantiated generic helper
abstract class Field<T> {
  private current: T;
  private changes = 0;
  constructor(initial: T, readonly name: string) {
    this.current = initial;
  }
  get value(): T {
    return this.current;
  }
  set value(v: T) {
    if (this.valid(v)) {
      this.current = v;
      this.changes++;
    }
  }
  get changeCount(): number {
    return this.changes;
  }
  abstract valid(v: T): boolean;
  abstract render(): string;
}
class NumberField extends Field<number> {
  constructor(name: string, private readonly max: number) {
    super(0, name);
  }
  valid(v: number): boolean {
    return v >= 0 && v <= this.max;
  }
  render(): string {
    return this.name + ": " + this.value.toFixed(1);
  }
}
class TextField extends Field<string> {
  valid(v: string): boolean {
    return v.length <= 5;
  }
  render(): string {
    return this.name + ": '" + this.value + "'";
  }
}
class Helpers<T> {
  static version = "1.0";
  static twice(n: number): number {
    return n * 2;
  }
  constructor(readonly unused: T) {}
}
const fields: Field<number>[] = [new NumberField("age", 130), new NumberField("pct", 100)];
fields[0].value = 42;
fields[0].value = 200;
fields[1].value = 99.5;
const t = new TextField("", "nick");
t.value = "bob";
t.value = "too long";
console.log(fields.map((f) => f.render() + " (" + f.changeCount + ")").join(", "), t.render(), t.changeCount);
console.log(Helpers.version, Helpers.twice(21));
