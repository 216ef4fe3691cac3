// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify in a program with a toJSON method is rejected: the method would not be called
class Money {
  constructor(public cents: number) {}
  toJSON(): string {
    return (this.cents / 100).toFixed(2);
  }
}
console.log(JSON.stringify({ price: new Money(250) }));
