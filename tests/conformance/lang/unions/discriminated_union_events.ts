// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: discriminated union of events with switch, exhaustiveness via never, narrowing by kind and by in
type Ev =
  | { kind: "key"; code: string; shift: boolean }
  | { kind: "click"; x: number; y: number; button?: number }
  | { kind: "scroll"; delta: number }
  | { kind: "resize"; w: number; h: number };
function describe(e: Ev): string {
  switch (e.kind) {
    case "key":
      return `key ${e.shift ? e.code.toUpperCase() : e.code}`;
    case "click":
      return `click (${e.x},${e.y}) btn=${e.button ?? 0}`;
    case "scroll":
      return `scroll ${e.delta > 0 ? "down" : e.delta < 0 ? "up" : "none"} ${Math.abs(e.delta)}`;
    case "resize":
      return `resize ${e.w}x${e.h}`;
    default: {
      const never: never = e;
      return never;
    }
  }
}
function weight(e: Ev): number {
  if (e.kind === "key") return e.code.length;
  if (e.kind === "click" || e.kind === "scroll") {
    return "delta" in e ? e.delta : e.x + e.y;
  }
  return e.w * e.h;
}
const evs: Ev[] = [
  { kind: "key", code: "a", shift: false },
  { kind: "key", code: "enter", shift: true },
  { kind: "click", x: 3, y: 4 },
  { kind: "click", x: 1, y: 1, button: 2 },
  { kind: "scroll", delta: -3 },
  { kind: "scroll", delta: 0 },
  { kind: "resize", w: 80, h: 24 },
];
const counts: Record<string, number> = {};
let sum = 0;
for (const e of evs) {
  console.log(describe(e), weight(e));
  counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  sum += weight(e);
}
console.log(Object.keys(counts).map((k) => k + "=" + counts[k]).join(","), sum);
const clicks = evs.filter((e): e is Extract<Ev, { kind: "click" }> => e.kind === "click");
console.log(clicks.map((c) => c.x * 10 + c.y).join(","));
