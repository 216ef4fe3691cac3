// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// async arrows, async methods and closures capturing locals

class Counter {
  count = 0;
  async bump(by: number): Promise<number> {
    await null;
    this.count += by;
    return this.count;
  }
}
const c = new Counter();
const twice = async (n: number): Promise<number> => { await c.bump(n); return c.bump(n); };
const label = async (): Promise<string> => "label";
twice(5).then((v) => console.log("count", v));
label().then((s) => console.log(s));
let captured = 1;
const inc = async (): Promise<void> => { await null; captured += 10; };
inc().then(() => console.log("captured", captured));
