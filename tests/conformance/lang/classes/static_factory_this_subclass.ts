// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: inherited static factories use this to reach the subclass's static configuration
class Shape {
  static sides = 0;
  static label = "shape";
  static describe(): string {
    return this.label + " with " + this.sides + " sides";
  }
  static twice(): string {
    return this.describe() + "; " + this.describe();
  }
}
class Triangle extends Shape {
  static sides = 3;
  static label = "triangle";
}
class Square extends Shape {
  static sides = 4;
  static label = "square";
  static describe(): string {
    return "[" + super.describe() + "]";
  }
}
class Cube extends Square {
  static label = "cube";
}
console.log(Shape.describe());
console.log(Triangle.describe());
console.log(Square.twice());
console.log(Cube.twice(), Cube.sides);
Square.sides = 5;
console.log(Cube.describe(), Triangle.sides, Shape.sides);
