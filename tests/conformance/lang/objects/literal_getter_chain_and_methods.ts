// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: getters that call methods and other getters of the same literal, and a getter returning an object
const person = {
  first: "Ada",
  last: "Lovelace",
  born: 1815,
  get full() { return this.first + " " + this.last; },
  get initials() { return this.full.split(" ").map((p) => p[0]).join(""); },
  ageIn(year: number): number { return year - this.born; },
  get summary() { return this.initials + " (" + this.ageIn(1852) + ")"; },
  get parts() { return { first: this.first, last: this.last }; },
};
console.log(person.full, person.initials, person.summary);
person.first = "Augusta";
console.log(person.full, person.summary, person.parts.first, person.parts.last);
const labels = [person.full, person.initials].map((s) => s.toUpperCase());
console.log(labels);
