// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// binding a method to an object other than the one it is read from
class Box {
  constructor(private v: number) {}
  get1(): number { return this.v; }
}
const a = new Box(1);
const b = new Box(2);
const f = a.get1.bind(b);
console.log(f());
