// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: Conway's life on a toroidal grid class with pattern parsing, generations, population history and cycle detection
class Grid {
  private cells: Uint8Array;
  constructor(readonly w: number, readonly h: number) {
    this.cells = new Uint8Array(w * h);
  }
  static parse(rows: string[], w: number, h: number, ox: number, oy: number): Grid {
    const g = new Grid(w, h);
    rows.forEach((row, y) => {
      for (let x = 0; x < row.length; x++) if (row[x] === "#") g.set(x + ox, y + oy, true);
    });
    return g;
  }
  private idx(x: number, y: number): number {
    const xx = ((x % this.w) + this.w) % this.w;
    const yy = ((y % this.h) + this.h) % this.h;
    return yy * this.w + xx;
  }
  get(x: number, y: number): boolean {
    return this.cells[this.idx(x, y)] === 1;
  }
  set(x: number, y: number, alive: boolean): void {
    this.cells[this.idx(x, y)] = alive ? 1 : 0;
  }
  neighbours(x: number, y: number): number {
    let n = 0;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        if (dx === 0 && dy === 0) continue;
        if (this.get(x + dx, y + dy)) n++;
      }
    return n;
  }
  step(rule: (alive: boolean, n: number) => boolean): Grid {
    const next = new Grid(this.w, this.h);
    for (let y = 0; y < this.h; y++) for (let x = 0; x < this.w; x++) next.set(x, y, rule(this.get(x, y), this.neighbours(x, y)));
    return next;
  }
  population(): number {
    return this.cells.reduce((a, b) => a + b, 0);
  }
  key(): string {
    return this.cells.join("");
  }
  render(): string {
    const lines: string[] = [];
    for (let y = 0; y < this.h; y++) {
      let s = "";
      for (let x = 0; x < this.w; x++) s += this.get(x, y) ? "#" : ".";
      lines.push(s);
    }
    return lines.join("\n");
  }
  bbox(): string {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let y = 0; y < this.h; y++)
      for (let x = 0; x < this.w; x++)
        if (this.get(x, y)) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
    return minX === Infinity ? "empty" : `${minX},${minY}..${maxX},${maxY}`;
  }
}
const conway = (alive: boolean, n: number): boolean => n === 3 || (alive && n === 2);
const highLife = (alive: boolean, n: number): boolean => (alive ? n === 2 || n === 3 : n === 3 || n === 6);
interface RunResult {
  history: number[];
  cycleStart: number;
  period: number;
  final: Grid;
}
function run(g: Grid, rule: (a: boolean, n: number) => boolean, maxGen: number): RunResult {
  const seen = new Map<string, number>();
  const history: number[] = [];
  let cur = g;
  for (let gen = 0; gen <= maxGen; gen++) {
    const k = cur.key();
    const prev = seen.get(k);
    if (prev !== undefined) return { history, cycleStart: prev, period: gen - prev, final: cur };
    seen.set(k, gen);
    history.push(cur.population());
    cur = cur.step(rule);
  }
  return { history, cycleStart: -1, period: 0, final: cur };
}
const patterns: Array<[string, string[]]> = [
  ["blinker", ["###"]],
  ["block", ["##", "##"]],
  ["glider", [".#.", "..#", "###"]],
  ["r-pentomino", [".##", "##.", ".#."]],
  ["toad", [".###", "###."]],
  ["diehard-ish", ["#.#", ".#.", "..."]],
];
for (const [name, rows] of patterns) {
  const g = Grid.parse(rows, 10, 10, 3, 3);
  const r = run(g, conway, 60);
  console.log(
    name.padEnd(12),
    "gens",
    String(r.history.length).padStart(2),
    "cycle@" + r.cycleStart,
    "period",
    r.period,
    "pop",
    r.history.slice(0, 8).join(","),
    "bbox",
    r.final.bbox(),
  );
}
const glider = Grid.parse([".#.", "..#", "###"], 8, 6, 0, 0);
let g = glider;
for (let i = 0; i < 4; i++) g = g.step(conway);
console.log(g.render());
console.log(glider.bbox(), "->", g.bbox());
const hl = run(Grid.parse(["###", "#..", "#.."], 12, 12, 4, 4), highLife, 40);
console.log("highlife", hl.history.join(" "), hl.period);
