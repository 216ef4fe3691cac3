// expect-error: TSX1009
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// assigning to a class's .prototype is rejected
class A {
  m(): number {
    return 1;
  }
}
A.prototype.m = (): number => 2;
console.log(new A().m());
