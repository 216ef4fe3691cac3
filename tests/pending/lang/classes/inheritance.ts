// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: inheritance, super calls in constructors and methods, overriding, instanceof
class Animal {
  constructor(public name: string) {}
  speak(): string {
    return this.name + " makes a sound";
  }
  describe(): string {
    return "[" + this.speak() + "]";
  }
}
class Dog extends Animal {
  constructor(name: string, public breed: string) {
    super(name);
  }
  speak(): string {
    return this.name + " barks";
  }
}
class Puppy extends Dog {
  speak(): string {
    return super.speak() + " softly";
  }
}
const animals: Animal[] = [new Animal("generic"), new Dog("rex", "lab"), new Puppy("bit", "pug")];
for (const a of animals) {
  console.log(a.describe(), a instanceof Animal, a instanceof Dog, a instanceof Puppy);
}
const d = animals[2];
if (d instanceof Dog) console.log(d.breed);
class Base {
  log: string[] = [];
  constructor() {
    this.log.push("base:" + this.kind());
  }
  kind(): string {
    return "base";
  }
}
class Derived extends Base {
  extra: string = "set";
  kind(): string {
    return "derived(" + this.extra + ")";
  }
}
console.log(new Derived().log.join(","));
