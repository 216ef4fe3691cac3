// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: the non-null assertion ! on values that are present passes them through
const m = new Map<string, number[]>();
m.set("a", [1, 2, 3]);
console.log(m.get("a")!.length, m.get("a")![2]);
function find(xs: string[], p: string): string | undefined {
  return xs.find((x) => x.startsWith(p));
}
const names = ["alpha", "beta", "gamma"];
console.log(find(names, "b")!.toUpperCase(), find(names, "g")!.length);
class Lazy {
  value: number | null = null;
  get(): number {
    if (this.value === null) this.value = 42;
    return this.value!;
  }
}
console.log(new Lazy().get());
