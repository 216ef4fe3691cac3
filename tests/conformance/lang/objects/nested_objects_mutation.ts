// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: nested object literals are shared by reference; copies via spread are shallow
interface Inner {
  n: number;
}
interface Outer {
  inner: Inner;
  list: number[];
  tag: string;
}
const a: Outer = { inner: { n: 1 }, list: [1, 2], tag: "a" };
const b: Outer = a;
const c: Outer = { ...a, tag: "c" };
b.inner.n = 5;
c.list.push(3);
c.inner = { n: 99 };
console.log(a.inner.n, b.inner.n, c.inner.n);
console.log(a.list.join(","), c.list.join(","), a.tag, c.tag, a === b, a === c);
