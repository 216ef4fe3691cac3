// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread: object spread for defaults-then-overrides, immutable updates of nested state, and copies of class instances
interface Settings {
  theme: string;
  fontSize: number;
  wrap: boolean;
}
const defaults: Settings = { theme: "light", fontSize: 12, wrap: false };
function withTheme(s: Settings, theme: string): Settings {
  return { ...s, theme };
}
function bigger(s: Settings): Settings {
  return { ...s, fontSize: s.fontSize + 2 };
}
const s1 = withTheme(defaults, "dark");
const s2 = bigger(bigger(s1));
console.log(defaults, s1, s2, s1 === defaults);
const partlyOverridden: Settings = { ...defaults, wrap: true, theme: defaults.theme + "!" };
console.log(partlyOverridden);
interface Pos { x: number; y: number }
interface Player { name: string; pos: Pos; hp: number }
const p0: Player = { name: "hero", pos: { x: 0, y: 0 }, hp: 10 };
function move(p: Player, dx: number, dy: number): Player {
  return { ...p, pos: { ...p.pos, x: p.pos.x + dx, y: p.pos.y + dy } };
}
function hurt(p: Player, n: number): Player {
  return { ...p, hp: Math.max(0, p.hp - n) };
}
let p = p0;
const history: Player[] = [p];
for (const [dx, dy, dmg] of [[1, 0, 0], [0, 2, 3], [-1, -1, 9]]) {
  p = hurt(move(p, dx, dy), dmg);
  history.push(p);
}
for (const h of history) console.log(h.name, h.pos.x, h.pos.y, h.hp);
console.log(p0.pos === history[0].pos, history[1].pos === history[0].pos);
class Vec {
  constructor(public x: number, public y: number) {}
  len(): number { return Math.hypot(this.x, this.y); }
}
const v = new Vec(3, 4);
const plain = { ...v };
console.log(plain, v.len(), plain.x + plain.y);
const moved = { ...v, x: 10 };
console.log(moved);
let evalLog = "";
function src(tag: string): Pos {
  evalLog += tag;
  return { x: tag.length, y: tag.charCodeAt(0) };
}
const combined: Pos = { ...src("a"), ...src("bb"), y: (evalLog += "y", 0) };
console.log(combined, evalLog);
