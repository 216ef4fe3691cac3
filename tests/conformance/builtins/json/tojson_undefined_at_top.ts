// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify of an object whose toJSON returns undefined is undefined (console.log prints it)
class Maybe {
  constructor(readonly v: number) {}
  toJSON(): number | undefined { return this.v > 0 ? this.v : undefined; }
}
console.log(JSON.stringify(new Maybe(0)));
