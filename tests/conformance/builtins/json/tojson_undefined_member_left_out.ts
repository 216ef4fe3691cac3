// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: a toJSON returning undefined must drop the property; tsxen emits invalid `{"b":}` (in an array it gives null correctly)
class Maybe {
  constructor(readonly v: number) {}
  toJSON(): number | undefined { return this.v > 0 ? this.v : undefined; }
}
console.log(JSON.stringify({ a: new Maybe(1), b: new Maybe(0), c: new Maybe(2) }));
console.log(JSON.stringify([new Maybe(0), new Maybe(5)]));
