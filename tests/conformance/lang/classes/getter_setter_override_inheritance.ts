// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: getters/setters overridden in subclasses, super getter reads, setter clamping through hierarchy
class Temperature {
  protected _c = 0;
  sets = 0;
  get celsius(): number {
    return this._c;
  }
  set celsius(v: number) {
    this.sets++;
    this._c = v;
  }
  get fahrenheit(): number {
    return this.celsius * 9 / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.celsius = (f - 32) * 5 / 9;
  }
  describe(): string {
    return `${this.celsius.toFixed(1)}C/${this.fahrenheit.toFixed(1)}F`;
  }
}
class ClampedTemperature extends Temperature {
  constructor(private lo: number, private hi: number) {
    super();
  }
  get celsius(): number {
    return super.celsius;
  }
  set celsius(v: number) {
    const c = v < this.lo ? this.lo : v > this.hi ? this.hi : v;
    this.sets += 100;
    this._c = c;
  }
}
class LabelledTemperature extends ClampedTemperature {
  get fahrenheit(): number {
    return Math.round(super.fahrenheit);
  }
  set fahrenheit(f: number) {
    this.celsius = (f - 32) * 5 / 9;
  }
  describe(): string {
    return "[" + super.describe() + "]";
  }
}
const ts: Temperature[] = [new Temperature(), new ClampedTemperature(-10, 40), new LabelledTemperature(0, 100)];
for (const t of ts) {
  t.celsius = 25;
  console.log(t.describe(), t.sets);
  t.celsius = -50;
  console.log(t.describe(), t.sets);
  t.fahrenheit = 212;
  console.log(t.describe(), t.sets);
  t.fahrenheit = 99.5;
  console.log(t.describe(), t.celsius, t.sets);
}
