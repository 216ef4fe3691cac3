// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: classes with two type parameters and default type arguments
class Pair<K, V = string> {
  constructor(public readonly key: K, public readonly value: V) {}
  withValue(v: V): Pair<K, V> {
    return new Pair(this.key, v);
  }
  swap(): Pair<V, K> {
    return new Pair<V, K>(this.value, this.key);
  }
}
const p = new Pair<number>(1, "one");
const q = p.swap();
console.log(p.key, p.value, q.key, q.value, typeof q.key, typeof q.value);
const r = new Pair("flag", true);
console.log(r.withValue(false).value, r.value, r.swap().key);
const ps: Pair<string, number>[] = [new Pair("a", 3), new Pair("b", 1), new Pair("c", 2)];
ps.sort((x, y) => x.value - y.value);
console.log(ps.map((x) => x.key + "=" + x.value).join(" "));
class Triple<A, B = A, C = B> {
  constructor(public a: A, public b: B, public c: C) {}
}
const t = new Triple<number>(1, 2, 3);
const t2 = new Triple<string, number>("x", 1, 2);
console.log(t.a + t.b + t.c, t2.a, t2.b + t2.c);
