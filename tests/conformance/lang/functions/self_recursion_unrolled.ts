// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Small directly recursive functions (which tsxen unrolls one level): side-effect order, defaults, strings, void, throws at depth.

function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

class TreeNode {
  constructor(readonly left: TreeNode | null, readonly right: TreeNode | null, readonly value: number) {}
}

function build(depth: number, seed: number): TreeNode {
  return depth === 0 ? new TreeNode(null, null, seed) : new TreeNode(build(depth - 1, seed * 2), build(depth - 1, seed * 2 + 1), seed);
}

function sum(node: TreeNode | null): number {
  if (node === null) return 0;
  return node.value + sum(node.left) + sum(node.right);
}

const visits: number[] = [];
let calls = 0;
function walk(n: number, step = 3): number {
  calls++;
  visits.push(n);
  if (n <= 0) return 0;
  return walk(n - step) + walk(n - 1, step + 1) + 1;
}

function spell(n: number): string {
  if (n < 10) return String.fromCharCode(48 + n);
  return spell(Math.floor(n / 10)) + '.' + String(n % 10);
}

const lines: string[] = [];
function hanoi(n: number, from: string, to: string, via: string): void {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  lines.push(`${n}:${from}${to}`);
  hanoi(n - 1, via, to, from);
}

function descend(n: number, limit: number): number {
  if (n > limit) throw new RangeError(`depth ${n} over ${limit}`);
  if (n % 7 === 6) return n;
  return descend(n + 1, limit) * 2;
}

function ackermann(m: number, n: number): number {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

// Used as a value: keeps working however it is compiled.
function countDown(n: number): number {
  return n <= 0 ? 0 : 1 + countDown(n - 1);
}
const fns: ((n: number) => number)[] = [countDown, fib];

console.log(fib(0), fib(1), fib(2), fib(20), fib(25));
console.log(sum(build(10, 1)), sum(null));
console.log(walk(6), calls, visits.join(','));
console.log(spell(0), spell(7), spell(1234567));
hanoi(4, 'A', 'C', 'B');
console.log(lines.length, lines.slice(0, 6).join(' '), lines[lines.length - 1]);
console.log(descend(0, 10), descend(8, 20));
try {
  console.log(descend(7, 10));
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
console.log(ackermann(2, 3), ackermann(3, 3));
console.log(gcd(1071, 462), gcd(17, 5), gcd(0, 9));
console.log(fns.map((f) => f(12)).join(' '));
console.log(fib(-3), fib(2.5), fib(0.5));
