// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic methods on generic and non-generic classes, with inference and explicit type arguments
class Seq<T> {
  constructor(private items: T[]) {}
  map<U>(f: (x: T) => U): Seq<U> {
    const out: U[] = [];
    for (const x of this.items) out.push(f(x));
    return new Seq(out);
  }
  fold<A>(init: A, f: (acc: A, x: T) => A): A {
    let acc = init;
    for (const x of this.items) acc = f(acc, x);
    return acc;
  }
  zip<U>(other: Seq<U>): Seq<string> {
    const out: string[] = [];
    const n = Math.min(this.items.length, other.items.length);
    for (let i = 0; i < n; i++) out.push(this.items[i] + "/" + other.items[i]);
    return new Seq(out);
  }
  toArray(): T[] {
    return this.items;
  }
}
class Util {
  static repeat<T>(x: T, n: number): T[] {
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(x);
    return out;
  }
  firstOf<T>(xs: T[], fallback: T): T {
    return xs.length > 0 ? xs[0] : fallback;
  }
}
const s = new Seq([1, 2, 3, 4]);
console.log(s.map((x) => x * x).toArray().join(","));
console.log(s.map((x) => "#" + x).map((t) => t.length).toArray().join(","));
console.log(s.fold(0, (a, x) => a + x), s.fold("", (a, x) => a + x));
console.log(s.zip(new Seq(["a", "b", "c"])).toArray().join(" "));
console.log(Util.repeat("ab", 3).join(""), Util.repeat(7, 2).join(";"), Util.repeat<boolean>(true, 1)[0]);
const u = new Util();
console.log(u.firstOf([5, 6], 0), u.firstOf<string>([], "none"));
