// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: arrow functions inside methods capture this and locals; function expressions do not capture this
class Ticker {
  ticks: number = 0;
  names: string[] = [];
  makeTick(label: string): () => number {
    let local = 0;
    return () => {
      local++;
      this.ticks++;
      this.names.push(label + local);
      return this.ticks;
    };
  }
}
const t = new Ticker();
const a = t.makeTick("a");
const b = t.makeTick("b");
console.log(a(), b(), a(), a(), b());
console.log(t.ticks, t.names.join(","));
const nums: number[] = [3, 1, 2];
class Scaler {
  constructor(private factor: number) {}
  scaleAll(xs: number[]): number[] {
    return xs.map((x) => x * this.factor);
  }
}
console.log(new Scaler(4).scaleAll(nums).join(" "));
