// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: typeof computed at run time on wide unions including functions and objects, loose == null on object unions
class P {
  constructor(public v: number) {}
}
type Any = number | string | boolean | null | undefined | P | ((x: number) => number) | number[];
const vals: Any[] = [1, "s", true, null, undefined, new P(2), (x: number) => x + 1, [1, 2], 0, ""];
const counts = new Map<string, number>();
for (const v of vals) {
  const t = typeof v;
  counts.set(t, (counts.get(t) ?? 0) + 1);
  let detail: string;
  if (typeof v === "function") detail = "fn->" + v(10);
  else if (v instanceof P) detail = "P" + v.v;
  else if (Array.isArray(v)) detail = "arr" + v.length;
  else if (v === null) detail = "null!";
  else if (typeof v === "object") detail = "obj?";
  else detail = "prim " + String(v);
  console.log(t.padEnd(9), detail, v == null, v != undefined);
}
for (const [k, n] of counts) console.log(k, n);
function maybeP(i: number): P | undefined | null {
  return i === 0 ? undefined : i === 1 ? null : new P(i);
}
for (let i = 0; i < 3; i++) {
  const p = maybeP(i);
  console.log(i, p == null, p === null, p === undefined, p?.v ?? "none", typeof p);
}
