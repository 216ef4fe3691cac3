// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generic class instantiated with a type argument tsxen cannot represent ('object')
class Holder<T> {
  constructor(readonly value: T) {}
}
const h = new Holder<object>({});
console.log(typeof h.value);
