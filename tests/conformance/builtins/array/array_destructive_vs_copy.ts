// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: methods that mutate (sort, reverse, splice, fill) versus methods that copy (slice, concat, map, filter)
const base = [3, 1, 2];
const results: string[] = [];
const check = (name: string, f: (a: number[]) => unknown): void => {
  const a = base.slice();
  const r = f(a);
  results.push(name + ":" + a.join("") + (r === a ? "=same" : ""));
};
check("sort", (a) => a.sort());
check("reverse", (a) => a.reverse());
check("splice", (a) => a.splice(0, 1));
check("fill", (a) => a.fill(0));
check("slice", (a) => a.slice());
check("concat", (a) => a.concat(4));
check("map", (a) => a.map((x) => x));
check("filter", (a) => a.filter(() => true));
check("push", (a) => a.push(9));
check("copyWithin", (a) => a.copyWithin(0, 1));
console.log(results.join(" "));
