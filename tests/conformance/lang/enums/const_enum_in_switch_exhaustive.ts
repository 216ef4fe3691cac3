// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: const enums (numeric and string) as switch discriminants with exhaustive never checks and as array indices
const enum Dir { Up, Right, Down, Left }
const enum Turn { L = "L", R = "R", F = "F" }
function turn(d: Dir, t: Turn): Dir {
  switch (t) {
    case Turn.F: return d;
    case Turn.R: return (d + 1) % 4;
    case Turn.L: return (d + 3) % 4;
    default: {
      const bad: never = t;
      return bad;
    }
  }
}
const dx = [0, 1, 0, -1];
const dy = [-1, 0, 1, 0];
const glyph = ["^", ">", "v", "<"];
function walk(cmds: string): string {
  let d: Dir = Dir.Up;
  let x = 0;
  let y = 0;
  const trail: string[] = [];
  for (const c of cmds) {
    const t = c === "L" ? Turn.L : c === "R" ? Turn.R : Turn.F;
    d = turn(d, t);
    if (t === Turn.F) {
      x += dx[d];
      y += dy[d];
    }
    trail.push(glyph[d]);
  }
  return `${trail.join("")} at (${x},${y}) facing ${glyph[d]}`;
}
console.log(walk("FFRFFLF"));
console.log(walk("RRRR"));
console.log(walk("LFLFLFLF"));
console.log(walk("FRFRFRFRF"));
console.log(Dir.Left - Dir.Up, Turn.L + Turn.R, Dir.Down === 2);
