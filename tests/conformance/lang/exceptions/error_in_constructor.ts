// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: an exception thrown from a constructor leaves no object; fields set earlier are unobservable
let constructed = 0;
class Positive {
  value: number;
  constructor(v: number) {
    if (v <= 0) throw new RangeError("not positive: " + v);
    this.value = v;
    constructed++;
  }
}
const made: Positive[] = [];
for (const v of [3, 0, 5, -1]) {
  try {
    made.push(new Positive(v));
  } catch (e) {
    console.log((e as RangeError).message);
  }
}
console.log(made.map((p) => p.value).join(","), constructed);
class Child extends Positive {
  constructor(v: number) {
    super(v * 2);
    console.log("child ok", this.value);
  }
}
try {
  new Child(1);
  new Child(-1);
} catch (e) {
  console.log("child failed", (e as Error).name);
}
