// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// 'this' in a static method used as a value (the class as an object)
class Factory {
  static self(): typeof Factory {
    return this;
  }
}
console.log(Factory.self() === Factory);
