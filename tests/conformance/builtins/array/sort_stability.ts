// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: sort is stable: equal keys keep their original relative order
interface Rec {
  name: string;
  age: number;
}
const people: Rec[] = [
  { name: "ann", age: 30 },
  { name: "bob", age: 25 },
  { name: "cid", age: 30 },
  { name: "dee", age: 25 },
  { name: "eve", age: 35 },
  { name: "fay", age: 30 },
  { name: "gus", age: 25 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map((p) => p.name).join(" "));
console.log(people.slice().sort((a, b) => b.age - a.age).map((p) => p.name).join(" "));
const many = Array.from({ length: 200 }, (_, i) => ({ k: i % 3, i }));
many.sort((a, b) => a.k - b.k);
let stable = true;
for (let i = 1; i < many.length; i++) if (many[i - 1].k === many[i].k && many[i - 1].i > many[i].i) stable = false;
console.log(stable, many[0].i, many[66].i, many[67].i, many[199].i);
