// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: instanceof across a hierarchy, with sibling classes and narrowing on the result
class Vehicle {
  constructor(public wheels: number) {}
}
class Car extends Vehicle {
  constructor() {
    super(4);
  }
  honk(): string {
    return "beep";
  }
}
class Bike extends Vehicle {
  constructor() {
    super(2);
  }
  ring(): string {
    return "ring";
  }
}
class SportsCar extends Car {
  honk(): string {
    return "VROOM";
  }
}
const vs: Vehicle[] = [new Car(), new Bike(), new SportsCar(), new Vehicle(3)];
for (const v of vs) {
  let s = v.wheels + ":";
  if (v instanceof Car) s += v.honk();
  else if (v instanceof Bike) s += v.ring();
  else s += "plain";
  console.log(s, v instanceof Vehicle, v instanceof Car, v instanceof Bike, v instanceof SportsCar);
}
class Unrelated {}
const u: Unrelated | Vehicle = new Unrelated();
console.log(u instanceof Vehicle, u instanceof Unrelated);
