// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: arrays of union element types, union return types and narrowing inside callbacks
type Item = number | string | null;
const items: Item[] = [3, "x", null, 4, "yy", null, 0];
const nums = items.filter((i): i is number => typeof i === "number");
const strs = items.filter((i): i is string => typeof i === "string");
console.log(nums.join("+"), strs.join("+"), items.filter((i) => i === null).length);
function parse(s: string): number | Error {
  const n = parseInt(s, 10);
  return Number.isNaN(n) ? new Error("NaN from " + JSON.stringify(s)) : n;
}
for (const s of ["42", "abc", "7px"]) {
  const r = parse(s);
  console.log(r instanceof Error ? r.message : r * 2);
}
