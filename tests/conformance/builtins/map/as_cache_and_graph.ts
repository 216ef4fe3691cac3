// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: memoized recursion keyed by numbers and strings, adjacency lists and a topological sort in insertion order
const memo = new Map<number, number>();
function fib(n: number): number {
  if (n < 2) return n;
  const hit = memo.get(n);
  if (hit !== undefined) return hit;
  const v = fib(n - 1) + fib(n - 2);
  memo.set(n, v);
  return v;
}
console.log(fib(70), memo.size, [...memo.keys()].slice(0, 5).join(","));
const deps = new Map<string, string[]>([["app", ["lib", "util"]], ["lib", ["core"]], ["util", ["core", "fmt"]], ["core", []], ["fmt", []], ["test", ["app"]]]);
const order: string[] = [];
const state = new Map<string, number>();
function visit(n: string): void {
  const st = state.get(n) ?? 0;
  if (st === 2) return;
  if (st === 1) throw new Error("cycle at " + n);
  state.set(n, 1);
  for (const d of deps.get(n) ?? []) visit(d);
  state.set(n, 2);
  order.push(n);
}
for (const k of deps.keys()) visit(k);
console.log(order.join(" > "));
deps.set("core", ["test"]);
state.clear();
try { visit("app"); } catch (e) { console.log((e as Error).message, state.size); }
console.log(state);
