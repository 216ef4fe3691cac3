// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: getters, setters, static fields and methods, static initialization order
class Temperature {
  static created: number = 0;
  static readonly ABSOLUTE_ZERO: number = -273.15;
  private c: number = 0;
  constructor(c: number) {
    this.celsius = c;
    Temperature.created++;
  }
  get celsius(): number {
    return this.c;
  }
  set celsius(v: number) {
    this.c = v < Temperature.ABSOLUTE_ZERO ? Temperature.ABSOLUTE_ZERO : v;
  }
  get fahrenheit(): number {
    return this.c * 9 / 5 + 32;
  }
  static fromF(f: number): Temperature {
    return new Temperature((f - 32) * 5 / 9);
  }
}
const t = new Temperature(100);
console.log(t.celsius, t.fahrenheit);
t.celsius = -500;
console.log(t.celsius, t.fahrenheit);
const u = Temperature.fromF(-40);
console.log(u.celsius, Temperature.created);
class Registry {
  static log: string = "a";
  static next: string = Registry.log + "b";
  static {
    Registry.log += "!";
  }
}
console.log(Registry.log, Registry.next);
