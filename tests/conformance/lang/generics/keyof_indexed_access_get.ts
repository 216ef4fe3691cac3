// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: indexed access types T[K] with K extends keyof T, one copy per literal key
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
class P { constructor(public name: string, public age: number) {} }
console.log(prop(new P("z", 9), "age"), pluck([new P("q", 1)], "name"));
