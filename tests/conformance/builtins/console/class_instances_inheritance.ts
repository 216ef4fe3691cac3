// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: instances of subclasses, instances holding arrays and instances, getters and methods not shown, long instances breaking lines
class Animal {
  legs = 4;
  constructor(public name: string) {}
  get loud(): string { return this.name.toUpperCase(); }
  speak(): string { return "..."; }
}
class Dog extends Animal {
  tricks: string[] = [];
  constructor(name: string, public breed: string) { super(name); }
}
class Puppy extends Dog {
  age = 0.5;
}
class Kennel {
  dogs: Dog[] = [];
  owner: Animal | null = null;
}
class Counter {
  static instances = 0;
  count = 0;
  constructor() { Counter.instances++; }
}
const d = new Dog("rex", "collie");
d.tricks.push("sit", "roll");
console.log(new Animal("cat"));
console.log(d);
console.log(new Puppy("bit", "pug"));
const k = new Kennel();
k.dogs.push(d, new Puppy("tiny", "beagle"));
k.owner = new Animal("human");
console.log(k);
console.log(new Counter(), new Counter(), Counter.instances);
console.log([new Animal("a"), new Animal("b")], { pet: new Animal("c") });
class Wide {
  alphaField = "alpha value here";
  betaField = "beta value here";
  gammaField = 123456789;
  deltaField = [1, 2, 3];
}
console.log(new Wide());
console.log([new Wide()]);
