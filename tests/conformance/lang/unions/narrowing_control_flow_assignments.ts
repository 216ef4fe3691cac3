// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: narrowing follows assignments, early returns and loops
function walk(start: number): string {
  let cur: number | string = start;
  const trail: string[] = [];
  while (typeof cur === "number") {
    trail.push(String(cur));
    if (cur <= 1) cur = "done";
    else cur = cur % 2 === 0 ? cur / 2 : 3 * cur + 1;
  }
  return trail.join(">") + " " + cur.toUpperCase();
}
console.log(walk(6));
console.log(walk(1));
function len(v: string | string[] | null): number {
  if (!v) return 0;
  if (typeof v === "string") v = v.split("");
  return v.length;
}
console.log(len(null), len(""), len("abc"), len(["x", "y"]), len([]));
