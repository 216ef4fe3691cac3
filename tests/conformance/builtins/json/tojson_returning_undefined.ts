// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: a toJSON that returns undefined gives null in arrays; toJSON returning numbers, arrays and null
class Maybe {
  constructor(readonly v: number) {}
  toJSON(): number | undefined { return this.v > 0 ? this.v : undefined; }
}
class Arr { toJSON(): (number | null)[] { return [1, null, 3]; } }
class Nul { toJSON(): null { return null; } }
console.log(JSON.stringify({ a: new Maybe(1), c: new Maybe(2) }));
console.log(JSON.stringify([new Maybe(0), new Maybe(5)]));
console.log(JSON.stringify({ arr: new Arr(), nul: new Nul() }, null, 2));
console.log(JSON.stringify(new Maybe(7)), JSON.stringify(new Nul()));
