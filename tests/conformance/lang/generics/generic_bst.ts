// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a binary search tree with a comparator, recursive generic nodes and in-order traversal
class TreeNode<K, V> {
  left: TreeNode<K, V> | null = null;
  right: TreeNode<K, V> | null = null;
  constructor(public key: K, public value: V) {}
}
class TreeMap<K, V> {
  private root: TreeNode<K, V> | null = null;
  private n = 0;
  constructor(private readonly cmp: (a: K, b: K) => number) {}
  set(key: K, value: V): void {
    if (this.root === null) {
      this.root = new TreeNode(key, value);
      this.n++;
      return;
    }
    let cur: TreeNode<K, V> = this.root;
    for (;;) {
      const c = this.cmp(key, cur.key);
      if (c === 0) {
        cur.value = value;
        return;
      }
      const next: TreeNode<K, V> | null = c < 0 ? cur.left : cur.right;
      if (next === null) {
        if (c < 0) cur.left = new TreeNode(key, value);
        else cur.right = new TreeNode(key, value);
        this.n++;
        return;
      }
      cur = next;
    }
  }
  get(key: K): V | undefined {
    let cur = this.root;
    while (cur !== null) {
      const c = this.cmp(key, cur.key);
      if (c === 0) return cur.value;
      cur = c < 0 ? cur.left : cur.right;
    }
    return undefined;
  }
  get size(): number {
    return this.n;
  }
  keys(): K[] {
    const out: K[] = [];
    const walk = (t: TreeNode<K, V> | null): void => {
      if (t === null) return;
      walk(t.left);
      out.push(t.key);
      walk(t.right);
    };
    walk(this.root);
    return out;
  }
  depth(): number {
    const d = (t: TreeNode<K, V> | null): number => (t === null ? 0 : 1 + Math.max(d(t.left), d(t.right)));
    return d(this.root);
  }
}
const byNumber = new TreeMap<number, string>((a, b) => a - b);
for (const k of [50, 30, 70, 20, 40, 60, 80, 30]) byNumber.set(k, "v" + k);
console.log(byNumber.size, byNumber.depth(), byNumber.keys().join(","), byNumber.get(40), byNumber.get(45));
const byWord = new TreeMap<string, number>((a, b) => (a < b ? -1 : a > b ? 1 : 0));
for (const w of "the quick brown fox jumps over the lazy dog".split(" ")) byWord.set(w, (byWord.get(w) ?? 0) + 1);
console.log(byWord.keys().join(" "), byWord.get("the"), byWord.get("cat"), byWord.size);
