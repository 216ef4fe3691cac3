// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: graph algorithms on an adjacency-list class: BFS, DFS, Dijkstra, topological sort and connected components
class Graph {
  private adj = new Map<string, Array<{ to: string; w: number }>>();
  constructor(private directed: boolean) {}
  addEdge(a: string, b: string, w: number = 1): this {
    this.node(a).push({ to: b, w });
    if (!this.directed) this.node(b).push({ to: a, w });
    else this.node(b);
    return this;
  }
  private node(n: string): Array<{ to: string; w: number }> {
    let l = this.adj.get(n);
    if (!l) {
      l = [];
      this.adj.set(n, l);
    }
    return l;
  }
  nodes(): string[] {
    return [...this.adj.keys()];
  }
  neighbours(n: string): string[] {
    return (this.adj.get(n) ?? []).map((e) => e.to);
  }
  bfs(start: string): { order: string[]; dist: Map<string, number> } {
    const dist = new Map<string, number>([[start, 0]]);
    const order: string[] = [];
    const queue = [start];
    while (queue.length > 0) {
      const n = queue.shift()!;
      order.push(n);
      for (const m of this.neighbours(n)) {
        if (!dist.has(m)) {
          dist.set(m, dist.get(n)! + 1);
          queue.push(m);
        }
      }
    }
    return { order, dist };
  }
  dfs(start: string): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    const visit = (n: string): void => {
      if (seen.has(n)) return;
      seen.add(n);
      out.push(n);
      for (const m of this.neighbours(n)) visit(m);
    };
    visit(start);
    return out;
  }
  dijkstra(src: string): Map<string, { d: number; via: string | null }> {
    const best = new Map<string, { d: number; via: string | null }>();
    for (const n of this.nodes()) best.set(n, { d: Infinity, via: null });
    best.set(src, { d: 0, via: null });
    const done = new Set<string>();
    for (;;) {
      let cur: string | null = null;
      for (const [n, e] of best) if (!done.has(n) && e.d < Infinity && (cur === null || e.d < best.get(cur)!.d)) cur = n;
      if (cur === null) break;
      done.add(cur);
      const dc = best.get(cur)!.d;
      for (const { to, w } of this.adj.get(cur)!) {
        if (dc + w < best.get(to)!.d) best.set(to, { d: dc + w, via: cur });
      }
    }
    return best;
  }
  path(info: Map<string, { d: number; via: string | null }>, to: string): string {
    const parts: string[] = [];
    let cur: string | null = to;
    while (cur !== null) {
      parts.unshift(cur);
      cur = info.get(cur)?.via ?? null;
    }
    return parts.join("->");
  }
  topoSort(): string[] | null {
    const indeg = new Map<string, number>();
    for (const n of this.nodes()) indeg.set(n, indeg.get(n) ?? 0);
    for (const n of this.nodes()) for (const m of this.neighbours(n)) indeg.set(m, (indeg.get(m) ?? 0) + 1);
    const ready = this.nodes().filter((n) => indeg.get(n) === 0).sort();
    const out: string[] = [];
    while (ready.length) {
      const n = ready.shift()!;
      out.push(n);
      for (const m of this.neighbours(n)) {
        const d = indeg.get(m)! - 1;
        indeg.set(m, d);
        if (d === 0) {
          ready.push(m);
          ready.sort();
        }
      }
    }
    return out.length === this.nodes().length ? out : null;
  }
  components(): string[][] {
    const seen = new Set<string>();
    const comps: string[][] = [];
    for (const n of this.nodes()) {
      if (seen.has(n)) continue;
      const comp = this.dfs(n);
      comp.forEach((c) => seen.add(c));
      comps.push(comp.sort());
    }
    return comps;
  }
}
const city = new Graph(false)
  .addEdge("A", "B", 7)
  .addEdge("A", "C", 9)
  .addEdge("A", "F", 14)
  .addEdge("B", "C", 10)
  .addEdge("B", "D", 15)
  .addEdge("C", "D", 11)
  .addEdge("C", "F", 2)
  .addEdge("D", "E", 6)
  .addEdge("E", "F", 9)
  .addEdge("X", "Y", 1);
const { order, dist } = city.bfs("A");
console.log("bfs", order.join(" "), [...dist].map(([k, v]) => k + v).join(" "));
console.log("dfs", city.dfs("A").join(" "), "|", city.dfs("X").join(" "));
const sp = city.dijkstra("A");
for (const n of city.nodes()) {
  const e = sp.get(n)!;
  console.log(n, e.d, e.d === Infinity ? "unreachable" : city.path(sp, n));
}
console.log("components", city.components().map((c) => c.join("")).join(" "));
const deps = new Graph(true)
  .addEdge("shirt", "tie")
  .addEdge("tie", "jacket")
  .addEdge("trousers", "shoes")
  .addEdge("trousers", "belt")
  .addEdge("belt", "jacket")
  .addEdge("shirt", "belt")
  .addEdge("socks", "shoes")
  .addEdge("undershorts", "trousers")
  .addEdge("undershorts", "shoes");
console.log("topo", deps.topoSort()?.join(" "));
deps.addEdge("jacket", "shirt");
console.log("cyclic", deps.topoSort());
const grid = new Graph(false);
const W = 6;
const walls = new Set(["1,0", "1,1", "1,2", "1,3", "3,1", "3,2", "3,3", "3,4", "3,5", "5,2"]);
for (let x = 0; x < W; x++)
  for (let y = 0; y < W; y++) {
    if (walls.has(x + "," + y)) continue;
    if (x + 1 < W && !walls.has(x + 1 + "," + y)) grid.addEdge(x + "," + y, x + 1 + "," + y);
    if (y + 1 < W && !walls.has(x + "," + (y + 1))) grid.addEdge(x + "," + y, x + "," + (y + 1));
  }
const g = grid.bfs("0,0");
console.log("maze steps", g.dist.get("5,5"), g.dist.get("4,0"), g.dist.has("9,9"), g.order.length);
