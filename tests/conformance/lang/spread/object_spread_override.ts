// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// object spread: key order of first definition, later values override, sources untouched
interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
const moved = { ...p, x: 10 };
const back: Point = { ...moved, y: -moved.y };
console.log(moved, back, p);
interface Tagged { label: string; n: number }
const t: Tagged = { n: 1, label: "t" };
const bumped = { ...t, n: t.n + 1 };
bumped.label = "changed";
console.log(bumped, t, Object.keys(bumped));
