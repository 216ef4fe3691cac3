// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: union of unrelated classes and primitives narrowed with instanceof, typeof and control flow
class Meters {
  constructor(public v: number) {}
  toCm(): number {
    return this.v * 100;
  }
}
class Feet {
  constructor(public v: number) {}
  toInches(): number {
    return this.v * 12;
  }
}
type Len = Meters | Feet | number | string;
function toMeters(x: Len): number {
  if (x instanceof Meters) return x.v;
  if (x instanceof Feet) return x.toInches() * 0.0254;
  if (typeof x === "number") return x;
  return parseFloat(x);
}
function kind(x: Len): string {
  let k: string;
  if (typeof x === "object") {
    k = x instanceof Meters ? "m:" + x.toCm() : "ft:" + x.toInches();
  } else if (typeof x === "string") {
    k = "str:" + x.length;
  } else {
    k = "num:" + (x > 0 ? "+" : "-");
  }
  return k;
}
const xs: Len[] = [new Meters(2), new Feet(10), 3.5, "1.25m", new Meters(0.5), -1, "abc"];
for (const x of xs) {
  const m = toMeters(x);
  console.log(kind(x), Number.isNaN(m) ? "NaN" : m.toFixed(4));
}
let cur: Len = 5;
console.log(typeof cur);
cur = new Feet(3);
console.log(cur.toInches());
cur = "7";
console.log(cur + 1);
const mixed: (Meters | Feet)[] = [new Feet(1), new Meters(1)];
console.log(mixed.map((q) => (q instanceof Feet ? q.toInches() : q.toCm())).join(","));
