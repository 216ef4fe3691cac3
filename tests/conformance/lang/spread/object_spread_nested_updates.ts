// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// object spread: immutable updates of nested state
interface Pos { line: number; col: number }
interface State { name: string; pos: Pos; count: number }
const s0: State = { name: "start", pos: { line: 1, col: 1 }, count: 0 };
const step = (s: State, cols: number): State => ({ ...s, pos: { ...s.pos, col: s.pos.col + cols }, count: s.count + 1 });
let s = s0;
for (let i = 1; i <= 3; i++) s = step(s, i);
const renamed: State = { ...s, name: "end" };
console.log(s0, s, renamed);
console.log(s0.pos === s.pos, s.pos === renamed.pos);
