// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: a member whose toJSON returns undefined is left out of the object (in an array it gives null)
class Maybe {
  constructor(readonly v: number) {}
  toJSON(): number | undefined { return this.v > 0 ? this.v : undefined; }
}
console.log(JSON.stringify({ a: new Maybe(1), b: new Maybe(0), c: new Maybe(2) }));
console.log(JSON.stringify([new Maybe(0), new Maybe(5)]));
