// expect-error: TSX1009
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// changing a class instance's prototype with Object.setPrototypeOf is rejected
class Cat {
  speak(): string {
    return "meow";
  }
}
class Dog {
  speak(): string {
    return "woof";
  }
}
const pet: Cat = new Cat();
Object.setPrototypeOf(pet, Dog.prototype);
console.log(pet.speak());
