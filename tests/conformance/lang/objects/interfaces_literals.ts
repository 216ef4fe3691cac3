// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// interfaces and object literals: optional and readonly members, structural typing, nested objects
interface Person {
  readonly name: string;
  age: number;
  email?: string;
  address: { city: string; zip: string };
}
function label(p: Person): string {
  return p.name + " (" + p.age + ")" + (p.email ? " <" + p.email + ">" : "") + " from " + p.address.city;
}
const ada: Person = { name: "Ada", age: 36, address: { city: "London", zip: "N1" } };
const bob = { name: "Bob", age: 41, email: "bob@example.com", address: { city: "Paris", zip: "75001" }, extra: true };
console.log(label(ada));
console.log(label(bob));
ada.age++;
ada.address.city = "Oxford";
console.log(label(ada));
interface Shape {
  area(): number;
}
const sq: Shape = { area: () => 16 };
const obj = { side: 3, area(): number { return this.side * this.side; } };
const shapes: Shape[] = [sq, obj];
console.log(shapes.map((s) => s.area()).join(" "));
console.log(JSON.stringify(ada), JSON.stringify({ a: 1, b: [true, null], c: "x" }));
