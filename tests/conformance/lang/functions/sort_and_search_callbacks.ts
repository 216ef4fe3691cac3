// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: top-level comparators and predicates passed to sort, find, findIndex, filter and reduce
interface Person {
  name: string;
  age: number;
}
function byAge(a: Person, b: Person): number {
  return a.age - b.age;
}
function byName(a: Person, b: Person): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function isAdult(p: Person): boolean {
  return p.age >= 18;
}
function olderOf(a: Person, b: Person): Person {
  return b.age > a.age ? b : a;
}
function label(p: Person): string {
  return p.name + "(" + p.age + ")";
}
const people: Person[] = [
  { name: "Mia", age: 31 },
  { name: "Al", age: 12 },
  { name: "Zoe", age: 18 },
  { name: "Bo", age: 45 },
];
console.log(people.slice().sort(byAge).map(label).join(" "));
console.log(people.slice().sort(byName).map(label).join(" "));
console.log(people.filter(isAdult).length, people.find(isAdult)?.name, people.findIndex(isAdult));
console.log(label(people.reduce(olderOf)));
function reverseOf(cmp: (a: Person, b: Person) => number): (a: Person, b: Person) => number {
  return (a, b) => cmp(b, a);
}
console.log(people.slice().sort(reverseOf(byAge)).map(label).join(" "));
const comparators = [byAge, byName, reverseOf(byName)];
for (const cmp of comparators) console.log(people.slice().sort(cmp)[0].name);
