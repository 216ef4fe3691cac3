// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: discriminated unions narrowed by a kind field in if chains and switch
type Shape =
  | { kind: "circle"; r: number }
  | { kind: "rect"; w: number; h: number }
  | { kind: "tri"; a: number; b: number; c: number };
function area(s: Shape): number {
  switch (s.kind) {
    case "circle":
      return Math.PI * s.r * s.r;
    case "rect":
      return s.w * s.h;
    case "tri": {
      const p = (s.a + s.b + s.c) / 2;
      return Math.sqrt(p * (p - s.a) * (p - s.b) * (p - s.c));
    }
  }
}
function describe(s: Shape): string {
  if (s.kind === "circle") return "circle r=" + s.r;
  if (s.kind === "rect") return "rect " + s.w + "x" + s.h;
  return "tri " + [s.a, s.b, s.c].join("/");
}
const shapes: Shape[] = [
  { kind: "circle", r: 1 },
  { kind: "rect", w: 2, h: 3.5 },
  { kind: "tri", a: 3, b: 4, c: 5 },
];
for (const s of shapes) console.log(describe(s), area(s).toFixed(4));
