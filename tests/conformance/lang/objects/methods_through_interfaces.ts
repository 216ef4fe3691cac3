// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: interface method calls dispatch to object-literal methods and class methods alike
interface Shape {
  area(): number;
  name: string;
}
class Sq implements Shape {
  name = "square";
  constructor(private s: number) {}
  area(): number {
    return this.s * this.s;
  }
}
const circleLike: Shape = {
  name: "circle-ish",
  area(): number {
    return 3 * 2 * 2;
  },
};
const arrowShape: Shape = { name: "arrow", area: () => 1.5 };
let counter = 0;
const stateful: Shape = {
  name: "stateful",
  area() {
    counter++;
    return counter * 10;
  },
};
const all: Shape[] = [new Sq(3), circleLike, arrowShape, stateful, stateful];
for (const s of all) console.log(s.name, s.area());
