// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a build-system scheduler: task graph with dependencies, cycle detection, topological levels, parallel timing and cache hits
interface TaskSpec {
  name: string;
  deps?: string[];
  cost: number;
  inputs?: string[];
}
interface TaskResult { name: string; start: number; end: number; worker: number; cached: boolean }
type Graph = Record<string, TaskSpec>;

function buildGraph(specs: TaskSpec[]): Graph {
  const g: Graph = {};
  for (const s of specs) g[s.name] = { name: s.name, cost: s.cost, deps: [...(s.deps ?? [])], inputs: [...(s.inputs ?? [])] };
  return g;
}
function missingDeps(g: Graph): string[] {
  const out: string[] = [];
  for (const [name, { deps = [] }] of Object.entries(g)) for (const d of deps) if (!(d in g)) out.push(`${name}->${d}`);
  return out;
}
function findCycle(g: Graph): string[] {
  const state = new Map<string, number>();
  const stack: string[] = [];
  let cycle: string[] = [];
  const visit = (n: string): boolean => {
    state.set(n, 1);
    stack.push(n);
    for (const d of g[n].deps ?? []) {
      if (!(d in g)) continue;
      const s = state.get(d) ?? 0;
      if (s === 1) { cycle = [...stack.slice(stack.indexOf(d)), d]; return true; }
      if (s === 0 && visit(d)) return true;
    }
    stack.pop();
    state.set(n, 2);
    return false;
  };
  for (const n of Object.keys(g)) if ((state.get(n) ?? 0) === 0 && visit(n)) return cycle;
  return [];
}
function levels(g: Graph): string[][] {
  const level = new Map<string, number>();
  const depth = (n: string): number => {
    const known = level.get(n);
    if (known !== undefined) return known;
    const deps = (g[n].deps ?? []).filter((d) => d in g);
    const l = deps.length ? 1 + Math.max(...deps.map(depth)) : 0;
    level.set(n, l);
    return l;
  };
  const out: string[][] = [];
  for (const n of Object.keys(g)) {
    const l = depth(n);
    while (out.length <= l) out.push([]);
    out[l].push(n);
  }
  return out.map((names) => names.sort());
}
function schedule(g: Graph, workers: number, cache: Set<string>): TaskResult[] {
  const done = new Map<string, number>();
  const results: TaskResult[] = [];
  const free = new Array<number>(workers).fill(0);
  const pending = new Set(Object.keys(g));
  while (pending.size > 0) {
    const ready = [...pending].filter((n) => (g[n].deps ?? []).every((d) => done.has(d))).sort();
    if (ready.length === 0) break;
    for (const n of ready) {
      const depsEnd = Math.max(0, ...(g[n].deps ?? []).map((d) => done.get(d) ?? 0));
      let w = 0;
      for (let i = 1; i < workers; i++) if (free[i] < free[w]) w = i;
      const start = Math.max(depsEnd, free[w]);
      const key = `${n}:${(g[n].inputs ?? []).join("+")}`;
      const cached = cache.has(key);
      const end = start + (cached ? 0 : g[n].cost);
      if (!cached) free[w] = end;
      cache.add(key);
      done.set(n, end);
      results.push({ name: n, start, end, worker: cached ? -1 : w, cached });
      pending.delete(n);
    }
  }
  return results;
}
function report(title: string, rs: TaskResult[]): void {
  console.log(`== ${title}`);
  for (const { name, start, end, worker, cached } of rs) {
    console.log(`${name.padEnd(8)} ${String(start).padStart(3)}..${String(end).padEnd(3)} ${cached ? "cache" : "w" + worker}`);
  }
  const makespan = Math.max(0, ...rs.map((r) => r.end));
  const busy = rs.reduce((s, r) => s + (r.end - r.start), 0);
  console.log(`makespan ${makespan}, busy ${busy}, hits ${rs.filter((r) => r.cached).length}`);
}
const specs: TaskSpec[] = [
  { name: "fetch", cost: 3 },
  { name: "codegen", deps: ["fetch"], cost: 2, inputs: ["schema"] },
  { name: "compile", deps: ["codegen", "fetch"], cost: 5, inputs: ["src"] },
  { name: "lint", deps: ["fetch"], cost: 1, inputs: ["src"] },
  { name: "test", deps: ["compile"], cost: 4 },
  { name: "docs", deps: ["codegen"], cost: 2 },
  { name: "package", deps: ["test", "docs", "lint"], cost: 1 },
];
const g = buildGraph(specs);
specs[0].cost = 100;
console.log(g.fetch.cost, missingDeps(g), findCycle(g), levels(g));
const cache = new Set<string>();
report("1 worker", schedule(g, 1, new Set()));
report("2 workers", schedule(g, 2, cache));
report("2 workers again (cache)", schedule(g, 2, cache));
const changed = buildGraph(specs.map((s): TaskSpec => ({
  name: s.name,
  deps: s.deps,
  cost: s.name === "fetch" ? 3 : s.cost,
  inputs: s.name === "compile" ? ["src2"] : s.inputs,
})));
report("3 workers after change", schedule(changed, 3, cache));
const broken = buildGraph([
  { name: "a", deps: ["b"], cost: 1 },
  { name: "b", deps: ["c"], cost: 1 },
  { name: "c", deps: ["a", "ghost"], cost: 1 },
  { name: "d", cost: 1 },
]);
console.log(missingDeps(broken), findCycle(broken));
report("broken", schedule(broken, 2, new Set()));
