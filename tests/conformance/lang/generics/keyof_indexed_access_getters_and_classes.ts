// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: T[K] reads through class getters and fields, and picks keys of several shapes in one program
function get<T, K extends keyof T>(o: T, k: K): T[K] { return o[k]; }
function both<T, K extends keyof T>(a: T, b: T, k: K): T[K][] { return [a[k], b[k]]; }
class Temp {
  constructor(public celsius: number, public place: string) {}
  get fahrenheit(): number { return this.celsius * 9 / 5 + 32; }
}
const t = new Temp(25, "lab");
console.log(get(t, "celsius"), get(t, "fahrenheit"), get(t, "place").toUpperCase());
const pt = { x: 3, y: 4, tag: "p" };
console.log(get(pt, "x") * get(pt, "y"), get(pt, "tag"));
console.log(both(t, new Temp(-40, "pole"), "fahrenheit"), both(pt, { x: 9, y: 0, tag: "q" }, "tag"));
const flags = { on: true, off: false };
console.log(get(flags, "on") && !get(flags, "off"));
