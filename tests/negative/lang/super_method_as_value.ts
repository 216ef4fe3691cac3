// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// reading a base-class method through super as a value (only super.m(...) calls and super getters are supported)
class A {
  m(): number {
    return 1;
  }
}
class B extends A {
  y(): number {
    const f = super.m;
    return f.call(this);
  }
}
console.log(new B().y());
