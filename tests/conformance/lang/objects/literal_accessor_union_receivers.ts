// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: a member read through an interface dispatches over classes with getters, literals with getters and plain fields
interface Sized { readonly area: number; name: string }
class Square implements Sized {
  constructor(public side: number, public name: string) {}
  get area(): number { return this.side * this.side; }
}
const circle = { r: 2, name: "circle", get area() { return Math.round(Math.PI * this.r * this.r * 100) / 100; } };
const fixed: Sized = { area: 7, name: "fixed" };
let calls = 0;
const lazy: Sized = { name: "lazy", get area() { calls++; return calls * 10; } };
const all: Sized[] = [new Square(3, "sq"), circle, fixed, lazy];
for (const s of all) console.log(s.name, s.area);
console.log(all.reduce((sum, s) => sum + s.area, 0), calls);
circle.r = 1;
console.log(circle.area, all[1].area === circle.area);
