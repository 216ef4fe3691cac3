// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: nested array/object declaration patterns with defaults at every level, holes and rest
interface Cfg {
  name: string;
  size?: { w: number; h?: number };
  tags?: string[];
}
function show(c: Cfg): void {
  const { name, size: { w, h = w * 2 } = { w: 1 }, tags: [first = "none", ...others] = [] } = c;
  console.log(name, w, h, first, others.length, others.join("|"));
}
show({ name: "a" });
show({ name: "b", size: { w: 5 } });
show({ name: "c", size: { w: 5, h: 0 }, tags: ["x"] });
show({ name: "d", tags: ["p", "q", "r"] });
show({ name: "", size: { w: -1, h: -2 }, tags: [] });

const grid: number[][] = [[1, 2, 3], [4, 5], [6]];
const [[a, , c = 30], [d, e = 50, f = 60], [g, h2 = 70]]: number[][] = grid;
console.log(a, c, d, e, f, g, h2);
const [, [, second]] = grid;
console.log(second);
const [x0 = 100, ...tail] = [] as number[];
console.log(x0, tail.length);
const src: number[] = [10];
const [p = 1, q = p + 1, r = p + q] = src;
console.log(p, q, r);
const given: string[] = ["given"];
const [s1 = "d1", s2 = "d2"]: string[] = given;
console.log(s1, s2);

interface Node2 { v: number; left?: Node2; right?: Node2 }
const tree: Node2 = { v: 1, left: { v: 2, left: { v: 4 } }, right: { v: 3 } };
const { v: root, left: { v: lv, left: { v: llv } = { v: -1 } } = { v: -1 }, right: { v: rv } = { v: -1 } } = tree;
console.log(root, lv, llv, rv);
const { left: { right: { v: lrv } = { v: -9 } } = { v: 0 } } = tree;
console.log(lrv);

let counter = 0;
function next(): number {
  counter++;
  console.log("default evaluated", counter);
  return counter * 10;
}
const [m1 = next(), m2 = next(), m3 = next()] = [7, undefined];
console.log(m1, m2, m3, counter);
const { k1 = next(), k2 = next() }: { k1?: number; k2?: number } = { k1: 0 };
console.log(k1, k2, counter);

const [[n1, n2] = [8, 9], { z = "zz" } = {}] = [] as [[number, number]?, { z?: string }?];
console.log(n1, n2, z);
const strs = ["alpha", "beta", "gamma", "delta"];
const [head, ...rest] = strs;
const [, , ...lastTwo] = strs;
console.log(head, rest, lastTwo);
const [only, ...emptyRest] = ["solo"];
console.log(only, emptyRest, emptyRest.length);
