// expect-error: TSX1012
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// merging a namespace with runtime members into a class is rejected
class Shape {
  constructor(public sides: number) {}
}
namespace Shape {
  export const triangle: Shape = new Shape(3);
  export function square(): Shape {
    return new Shape(4);
  }
}
console.log(Shape.triangle.sides, Shape.square().sides);
