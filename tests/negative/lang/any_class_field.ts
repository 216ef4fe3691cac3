// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a class field declared with type any is rejected
class Holder {
  payload: any = null;
  constructor(p: number) {
    this.payload = p;
  }
}
console.log(new Holder(3).payload);
