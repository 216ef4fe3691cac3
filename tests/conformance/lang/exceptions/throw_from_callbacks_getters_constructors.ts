// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: throws from getters, constructors, array callbacks and sort comparators propagate and leave state consistent
class Positive {
  private _v = 1;
  constructor(v: number) {
    if (v <= 0) throw new RangeError(`not positive: ${v}`);
    this._v = v;
  }
  get half(): number {
    if (this._v % 2 !== 0) throw new Error(`odd: ${this._v}`);
    return this._v / 2;
  }
  set value(v: number) {
    if (v <= 0) throw new RangeError(`set not positive: ${v}`);
    this._v = v;
  }
  get value(): number {
    return this._v;
  }
}
function tryIt(label: string, f: () => string): void {
  try {
    console.log(label, "ok", f());
  } catch (e) {
    console.log(label, "threw", e instanceof RangeError ? "RangeError" : e instanceof Error ? "Error" : "other", e instanceof Error ? e.message : String(e));
  }
}
tryIt("ctor", () => String(new Positive(4).value));
tryIt("ctor bad", () => String(new Positive(-1).value));
const p = new Positive(6);
tryIt("getter", () => String(p.half));
tryIt("setter bad", () => {
  p.value = 0;
  return "unreachable";
});
console.log("value kept", p.value);
p.value = 7;
tryIt("getter odd", () => String(p.half));
let visited = 0;
tryIt("map", () =>
  [2, 4, 5, 6]
    .map((n) => {
      visited++;
      return new Positive(n).half;
    })
    .join(","),
);
console.log("visited", visited);
const arr = [3, 1, 2, 9, 0, 4];
let cmps = 0;
tryIt("sort", () => {
  arr.sort((a, b) => {
    cmps++;
    if (a === 0 || b === 0) throw new Error("zero compared");
    return a - b;
  });
  return arr.join(",");
});
console.log("comparator called", cmps > 0, arr.length);
tryIt("filter", () => [1, 2, 3].filter((n) => { if (n === 3) throw "three"; return true; }).join(""));
tryIt("forEach", () => {
  let s = 0;
  [1, 2, 3, 4].forEach((n) => {
    s += n;
    if (s > 5) throw new Error("sum " + s);
  });
  return String(s);
});
