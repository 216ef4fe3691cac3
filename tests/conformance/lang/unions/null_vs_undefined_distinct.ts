// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: null and undefined are distinct values in T | null | undefined; == conflates them, === does not
function kind(v: number | null | undefined): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  return "number " + v;
}
const vs: Array<number | null | undefined> = [null, undefined, 0, NaN, -1];
console.log(vs.map(kind).join(", "));
for (const v of vs) console.log(v == null, v === null, v == undefined, v === undefined, v ?? "dflt", typeof v);
const a: string | null = null;
const b: string | undefined = undefined;
console.log(String(a), String(b), `${a}${b}`, a === b as unknown, a == b);
