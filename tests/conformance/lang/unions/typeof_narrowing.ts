// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: typeof narrowing over number | string | boolean | undefined | function | object
type V = number | string | boolean | undefined | null | (() => string) | { k: number } | number[];
function show(v: V): string {
  if (typeof v === "number") return "num:" + v.toFixed(1);
  if (typeof v === "string") return "str:" + v.toUpperCase();
  if (typeof v === "boolean") return "bool:" + !v;
  if (typeof v === "undefined") return "undef";
  if (typeof v === "function") return "fn:" + v();
  if (v === null) return "null";
  if (Array.isArray(v)) return "arr:" + v.length;
  return "obj:" + v.k;
}
const vals: V[] = [1.25, "abc", true, undefined, null, () => "called", { k: 7 }, [1, 2]];
for (const v of vals) console.log(typeof v, show(v));
