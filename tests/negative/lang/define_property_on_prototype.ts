// expect-error: TSX1009
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// adding a method to a class prototype with Object.defineProperty is rejected
class Box {
  value: number = 1;
}
Object.defineProperty(Box.prototype, "double", {
  value: function (this: Box): number {
    return this.value * 2;
  },
});
console.log((new Box() as Box & { double(): number }).double());
