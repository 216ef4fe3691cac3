// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: an optional member of a union-member shape, narrowed by `=== undefined`, read in the other branch
type Result = { ok: true; value: number } | { ok: false; error: string; code?: number };
function mk(n: number): Result {
  if (n === 0) return { ok: false, error: "zero", code: 22 };
  return n > 0 ? { ok: true, value: n } : { ok: false, error: "neg" };
}
for (const n of [-1, 0, 5]) {
  const r = mk(n);
  if (!r.ok) console.log(r.error, r.code === undefined ? "none" : r.code);
  else console.log("value", r.value);
}
