// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: named function expressions refer to themselves, also from closures nested inside them
const fact = function f(n: number): number {
  return n <= 1 ? 1 : n * f(n - 1);
};
console.log(fact(1), fact(6), fact(15));
const sumTree = function walk(t: Tree): number {
  return t.value + t.children.map((c) => walk(c)).reduce((a, b) => a + b, 0);
};
interface Tree {
  value: number;
  children: Tree[];
}
const tree: Tree = { value: 1, children: [{ value: 2, children: [] }, { value: 3, children: [{ value: 4, children: [] }] }] };
console.log(sumTree(tree));
const countdown = function go(n: number, out: string[]): string[] {
  if (n === 0) return out;
  out.push(String(n));
  return go(n - 1, out);
};
console.log(countdown(5, []).join(" "));
const hanoi = function move(n: number, from: string, to: string, via: string, log: string[]): number {
  if (n === 0) return 0;
  const before = move(n - 1, from, via, to, log);
  log.push(from + to);
  return before + 1 + move(n - 1, via, to, from, log);
};
const moves: string[] = [];
console.log(hanoi(3, "A", "C", "B", moves), moves.join(","));
const f2 = function self(): string {
  return typeof self;
};
console.log(f2());
