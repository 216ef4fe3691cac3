// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: recursion through closures: self-referencing const arrows, nested helpers, mutual recursion and a fixpoint combinator
const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
console.log([0, 1, 5, 10, 20].map(fact));
function makeFib(): (n: number) => number {
  const memo = new Map<number, number>();
  const fib = (n: number): number => {
    if (n < 2) return n;
    const hit = memo.get(n);
    if (hit !== undefined) return hit;
    const r = fib(n - 1) + fib(n - 2);
    memo.set(n, r);
    return r;
  };
  return fib;
}
const fib = makeFib();
console.log(fib(10), fib(50), fib(78));
function hanoi(n: number): string[] {
  const moves: string[] = [];
  function go(k: number, from: string, to: string, via: string): void {
    if (k === 0) return;
    go(k - 1, from, via, to);
    moves.push(`${k}:${from}${to}`);
    go(k - 1, via, to, from);
  }
  go(n, "A", "C", "B");
  return moves;
}
console.log(hanoi(3).join(" "), hanoi(10).length);
function parity(): { isEven: (n: number) => boolean; isOdd: (n: number) => boolean } {
  const isEven = (n: number): boolean => (n === 0 ? true : isOdd(n - 1));
  const isOdd = (n: number): boolean => (n === 0 ? false : isEven(n - 1));
  return { isEven, isOdd };
}
const pp = parity();
console.log(pp.isEven(10), pp.isOdd(7), pp.isEven(3), pp.isOdd(0));
type Fn = (n: number) => number;
function fix(f: (self: Fn) => Fn): Fn {
  const g = (n: number): number => f(g)(n);
  return g;
}
const triangular = fix((self) => (n) => (n === 0 ? 0 : n + self(n - 1)));
const collatzSteps = fix((self) => (n) => (n === 1 ? 0 : 1 + self(n % 2 === 0 ? n / 2 : 3 * n + 1)));
console.log(triangular(10), triangular(100), collatzSteps(27), collatzSteps(1));
function permutations(xs: string[]): string[] {
  const out: string[] = [];
  const walk = (prefix: string, rest: string[]): void => {
    if (rest.length === 0) { out.push(prefix); return; }
    rest.forEach((x, i) => walk(prefix + x, [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  walk("", xs);
  return out;
}
console.log(permutations(["a", "b", "c"]), permutations([]).length, permutations(["x", "y", "z", "w"]).length);
interface Tree { v: number; kids: Tree[] }
const t: Tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
const depth = function d(n: Tree): number { return 1 + n.kids.reduce((m, k) => Math.max(m, d(k)), 0); };
const sum = (n: Tree): number => n.v + n.kids.map(sum).reduce((a, b) => a + b, 0);
console.log(depth(t), sum(t));
let ackCalls = 0;
const ack = (m: number, n: number): number => {
  ackCalls++;
  return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1));
};
console.log(ack(2, 3), ackCalls);
