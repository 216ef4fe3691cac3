// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: keyof and indexed access types, generic constraints over object shapes
function prop<T, K extends keyof T>(o: T, k: K): T[K] {
  return o[k];
}
const cfg = { host: "localhost", port: 8080, secure: false };
console.log(prop(cfg, "host"), prop(cfg, "port") + 1, prop(cfg, "secure"));
function pluck<T, K extends keyof T>(xs: T[], k: K): T[K][] {
  return xs.map((x) => x[k]);
}
const people = [{ name: "a", age: 3 }, { name: "b", age: 5 }];
console.log(pluck(people, "name").join(","), pluck(people, "age").reduce((s, v) => s + v, 0));
class Box<T extends { toString(): string }> {
  constructor(private value: T) {}
  map<U extends { toString(): string }>(f: (v: T) => U): Box<U> {
    return new Box(f(this.value));
  }
  show(): string {
    return "Box(" + this.value.toString() + ")";
  }
}
console.log(new Box(21).map((v) => v * 2).map((v) => "n=" + v).show());
function maxBy<T>(xs: T[], key: (x: T) => number): T | undefined {
  let best: T | undefined;
  let bestKey: number = -Infinity;
  for (const x of xs) {
    const k = key(x);
    if (k > bestKey) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}
console.log(maxBy(people, (p) => p.age)?.name, maxBy([], (x: number) => x));
