// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic classes with several type parameters and default type arguments
class Pair<K, V = string> {
  constructor(public key: K, public value: V) {}
  swap(): Pair<V, K> {
    return new Pair(this.value, this.key);
  }
  toString(): string {
    return "(" + this.key + " -> " + this.value + ")";
  }
}
const p = new Pair<number>(1, "one");
const q = p.swap();
console.log(p.toString(), q.toString(), typeof q.key, typeof q.value);
const r = new Pair(true, [1, 2]);
console.log(r.toString(), r.swap().key.length);
function mapValues<K, V, W>(ps: Pair<K, V>[], f: (v: V) => W): Pair<K, W>[] {
  return ps.map((x) => new Pair(x.key, f(x.value)));
}
console.log(mapValues([new Pair("a", 1), new Pair("b", 2)], (v) => v * 10).join(" "));
