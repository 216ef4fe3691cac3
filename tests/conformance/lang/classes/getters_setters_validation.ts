// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: getter/setter pairs with validation, computed getters and setter-only side effects
class Rect {
  private w = 1;
  private h = 1;
  changes = 0;
  get width(): number {
    return this.w;
  }
  set width(v: number) {
    this.w = v < 0 ? 0 : v;
    this.changes++;
  }
  get height(): number {
    return this.h;
  }
  set height(v: number) {
    this.h = Math.max(0, v);
    this.changes++;
  }
  get area(): number {
    return this.w * this.h;
  }
}
const r = new Rect();
r.width = 5;
r.height = -2;
console.log(r.width, r.height, r.area, r.changes);
r.height = 3;
r.width += 2;
console.log(r.width, r.height, r.area, r.changes);
r.width++;
console.log(r.width, r.changes);
