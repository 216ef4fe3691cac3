// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic binary search tree with a fold over in-order traversal
class BST<T> {
  private root: { v: T; l: BST<T>; r: BST<T> } | null = null;
  constructor(private cmp: (a: T, b: T) => number) {}
  insert(v: T): void {
    if (this.root === null) {
      this.root = { v, l: new BST<T>(this.cmp), r: new BST<T>(this.cmp) };
      return;
    }
    const c = this.cmp(v, this.root.v);
    if (c < 0) this.root.l.insert(v);
    else if (c > 0) this.root.r.insert(v);
  }
  fold<A>(init: A, f: (acc: A, v: T) => A): A {
    if (this.root === null) return init;
    const left = this.root.l.fold(init, f);
    return this.root.r.fold(f(left, this.root.v), f);
  }
  height(): number {
    return this.root === null ? 0 : 1 + Math.max(this.root.l.height(), this.root.r.height());
  }
}
const t = new BST<number>((a, b) => a - b);
for (const x of [50, 30, 70, 20, 40, 60, 80, 30, 65]) t.insert(x);
console.log(t.fold<number[]>([], (a, v) => [...a, v]).join(" "), t.height());
console.log(t.fold(0, (a, v) => a + v), t.fold("", (a, v) => a + (v % 7)));
const ws = new BST<string>((a, b) => (a < b ? -1 : a > b ? 1 : 0));
"one two three four five six".split(" ").forEach((w) => ws.insert(w));
console.log(ws.fold("", (a, w) => a + w[0]), ws.height());
