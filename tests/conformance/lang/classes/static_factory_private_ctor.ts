// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: private constructors with static factory methods and instance caching
class Color {
  private static cache = new Map<string, Color>();
  static created = 0;
  private constructor(readonly r: number, readonly g: number, readonly b: number) {
    Color.created++;
  }
  static of(r: number, g: number, b: number): Color {
    const key = r + "," + g + "," + b;
    let c = Color.cache.get(key);
    if (!c) {
      c = new Color(r, g, b);
      Color.cache.set(key, c);
    }
    return c;
  }
  hex(): string {
    return "#" + [this.r, this.g, this.b].map((v) => v.toString(16).padStart(2, "0")).join("");
  }
}
const red = Color.of(255, 0, 0);
const red2 = Color.of(255, 0, 0);
const teal = Color.of(0, 128, 128);
console.log(red.hex(), teal.hex(), red === red2, Color.created);
