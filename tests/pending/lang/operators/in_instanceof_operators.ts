// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: in checks own and inherited properties; instanceof checks the prototype chain
class A {
  x = 1;
  m(): number {
    return this.x;
  }
}
class B extends A {
  y = 2;
}
const b = new B();
console.log("x" in b, "y" in b, "m" in b, "z" in b, "toString" in b);
console.log(b instanceof B, b instanceof A, b instanceof Object, new A() instanceof B);
const o: Record<string, number> = { k: 0 };
console.log("k" in o, "K" in o);
const arr = [10, 20];
console.log(0 in arr, 2 in arr, "length" in arr, arr instanceof Array, arr instanceof Object);
