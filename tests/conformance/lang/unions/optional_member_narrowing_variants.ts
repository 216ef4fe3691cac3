// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: optional members of union shapes narrowed by undefined checks, in and typeof
type Shape = { kind: "circle"; r: number; label?: string } | { kind: "rect"; w: number; h: number; label?: string; note?: number };
const shapes: Shape[] = [
  { kind: "circle", r: 1 },
  { kind: "circle", r: 2, label: "big" },
  { kind: "rect", w: 1, h: 2, note: 5 },
  { kind: "rect", w: 3, h: 4, label: "wide" },
];
for (const s of shapes) {
  const name = s.label === undefined ? "(none)" : s.label.toUpperCase();
  if (s.kind === "rect") {
    const note = s.note !== undefined ? s.note * 10 : -1;
    console.log(name, s.w * s.h, note, typeof s.note);
  } else {
    console.log(name, s.r, s.label !== undefined ? s.label.length : 0);
  }
}
function noteOf(s: Shape): number { return s.kind === "rect" && s.note !== undefined ? s.note : 0; }
console.log(shapes.map(noteOf));
