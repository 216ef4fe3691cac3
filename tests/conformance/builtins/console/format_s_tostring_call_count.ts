// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %s calls toString exactly once per placeholder and never for extra arguments or nested objects
let calls = 0;
class Counted {
  constructor(readonly id: number) {}
  toString(): string { calls++; return "C" + this.id; }
}
const a = new Counted(1);
const b = new Counted(2);
console.log("%s and %s", a, b, a);
console.log(calls);
console.log([a, b], { inner: a });
console.log(calls);
console.log("%s", [a]);
console.log("%o", a);
console.log(calls);
console.log(`${a}` + String(b), calls);
