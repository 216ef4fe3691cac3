// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %s of values typed by an interface or a union calls the toString of the class behind them
interface Shape { area(): number; toString(): string }
class Sq implements Shape { constructor(readonly s: number) {} area(): number { return this.s * this.s; } toString(): string { return "Sq(" + this.s + ")"; } }
class Circle implements Shape { constructor(readonly r: number) {} area(): number { return 3 * this.r * this.r; } }
const shapes: Shape[] = [new Sq(2), new Circle(1), new Sq(3)];
for (const s of shapes) console.log("%s has area %d", s, s.area());
const maybe: Sq | undefined = shapes[0] instanceof Sq ? shapes[0] : undefined;
console.log("%s / %s", maybe, undefined);
console.log("%s", shapes);
