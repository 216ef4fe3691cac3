// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: graph searches over implicit graphs with Map/Set: maze BFS and A*, flood-fill regions, and a word ladder
interface Cell { r: number; c: number }
const key = ({ r, c }: Cell): string => `${r},${c}`;
const maze = [
  "S..#......",
  ".#.#.####.",
  ".#...#....",
  ".####.#.#.",
  "......#.#E",
  "#.###.#.##",
  "..#...#...",
];
function find(ch: string): Cell {
  for (const [r, row] of maze.entries()) {
    const c = row.indexOf(ch);
    if (c >= 0) return { r, c };
  }
  return { r: -1, c: -1 };
}
const dirs: Array<[number, number, string]> = [[0, 1, "R"], [1, 0, "D"], [0, -1, "L"], [-1, 0, "U"]];
function neighbours({ r, c }: Cell): Array<[Cell, string]> {
  const out: Array<[Cell, string]> = [];
  for (const [dr, dc, name] of dirs) {
    const nr = r + dr, nc = c + dc;
    if (nr < 0 || nc < 0 || nr >= maze.length || nc >= maze[nr].length) continue;
    if (maze[nr][nc] === "#") continue;
    out.push([{ r: nr, c: nc }, name]);
  }
  return out;
}
function bfs(start: Cell, goal: Cell): { path: string; visited: number } {
  const prev = new Map<string, [string, string]>();
  const seen = new Set<string>([key(start)]);
  const queue: Cell[] = [start];
  while (queue.length) {
    const cur = queue.shift() as Cell;
    if (key(cur) === key(goal)) break;
    for (const [n, move] of neighbours(cur)) {
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      prev.set(k, [key(cur), move]);
      queue.push(n);
    }
  }
  let path = "";
  let k = key(goal);
  while (prev.has(k)) {
    const [p, m] = prev.get(k) as [string, string];
    path = m + path;
    k = p;
  }
  return { path, visited: seen.size };
}
function astar(start: Cell, goal: Cell): { cost: number; expanded: number } {
  const h = (x: Cell): number => Math.abs(x.r - goal.r) + Math.abs(x.c - goal.c);
  const g = new Map<string, number>([[key(start), 0]]);
  const open: Array<{ cell: Cell; f: number; order: number }> = [{ cell: start, f: h(start), order: 0 }];
  const closed = new Set<string>();
  let order = 1;
  while (open.length) {
    open.sort((a, b) => a.f - b.f || a.order - b.order);
    const { cell } = open.shift() as { cell: Cell; f: number; order: number };
    const ck = key(cell);
    if (closed.has(ck)) continue;
    closed.add(ck);
    if (ck === key(goal)) return { cost: g.get(ck) ?? -1, expanded: closed.size };
    for (const [n] of neighbours(cell)) {
      const nk = key(n);
      const cand = (g.get(ck) ?? 0) + 1;
      if (cand < (g.get(nk) ?? Infinity)) {
        g.set(nk, cand);
        open.push({ cell: n, f: cand + h(n), order: order++ });
      }
    }
  }
  return { cost: -1, expanded: closed.size };
}
function regions(): number[] {
  const seen = new Set<string>();
  const sizes: number[] = [];
  for (let r = 0; r < maze.length; r++) {
    for (let c = 0; c < maze[r].length; c++) {
      const start: Cell = { r, c };
      if (maze[r][c] === "#" || seen.has(key(start))) continue;
      let size = 0;
      const stack = [start];
      seen.add(key(start));
      while (stack.length) {
        const cur = stack.pop() as Cell;
        size++;
        for (const [n] of neighbours(cur)) if (!seen.has(key(n))) { seen.add(key(n)); stack.push(n); }
      }
      sizes.push(size);
    }
  }
  return sizes;
}
const S = find("S"), E = find("E");
console.log(S, E, find("X"));
const res = bfs(S, E);
console.log(res.path, res.path.length, res.visited);
console.log(astar(S, E), astar(S, S), astar(S, { r: 6, c: 0 }));
console.log(regions());
function ladder(from: string, to: string, dict: string[]): string[] {
  const words = new Set(dict);
  const prev = new Map<string, string>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length) {
    const w = queue.shift() as string;
    if (w === to) break;
    for (let i = 0; i < w.length; i++) {
      for (let code = 97; code <= 122; code++) {
        const cand = w.slice(0, i) + String.fromCharCode(code) + w.slice(i + 1);
        if (!words.has(cand) || seen.has(cand)) continue;
        seen.add(cand);
        prev.set(cand, w);
        queue.push(cand);
      }
    }
  }
  if (!seen.has(to)) return [];
  const path = [to];
  while (path[0] !== from) path.unshift(prev.get(path[0]) as string);
  return path;
}
const dict = ["hot", "dot", "dog", "lot", "log", "cog", "hit", "cot", "cat", "hat"];
console.log(ladder("hit", "cog", dict), ladder("cat", "dog", dict), ladder("hit", "xyz", dict), ladder("hot", "hot", dict));
