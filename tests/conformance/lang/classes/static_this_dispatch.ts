// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: 'this' in static methods is the class called on, with overridden static methods and shadowed fields
class Animal {
  static kind = "animal";
  static created = 0;
  static sound(): string {
    return "...";
  }
  static describe(): string {
    return this.kind + " says " + this.sound();
  }
  static make(): string {
    this.created += 1;
    return this.kind + "#" + this.created;
  }
}
class Dog extends Animal {
  static kind = "dog";
  static sound(): string {
    return "woof";
  }
}
class Puppy extends Dog {
  static sound(): string {
    return super.sound() + "ish";
  }
}
class Cat extends Animal {
  static sound(): string {
    return "meow";
  }
}
console.log(Animal.describe(), "|", Dog.describe(), "|", Puppy.describe(), "|", Cat.describe());
console.log(Animal.make(), Animal.make(), Dog.make(), Puppy.make(), Cat.make());
console.log(Animal.created, Dog.created, Puppy.created, Cat.created);
Animal.created = 100;
console.log(Animal.created, Dog.created, Cat.created, Cat.make());
