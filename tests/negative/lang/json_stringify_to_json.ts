// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify in a program with a toJSON tsxen cannot call (an object literal's) is rejected
const money = {
  cents: 250,
  toJSON(): string {
    return (this.cents / 100).toFixed(2);
  },
};
console.log(JSON.stringify({ price: money }));
