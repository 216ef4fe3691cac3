// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generic class used as a value (passed around as a constructor)
class Box<T> {
  constructor(readonly v: T) {}
}
const ctor = Box;
console.log(new ctor(1).v);
