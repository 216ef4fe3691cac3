// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: counting occurrences with indexOf loops, split lengths and overlapping searches
function countNonOverlap(s: string, t: string): number {
  return s.split(t).length - 1;
}
function countOverlap(s: string, t: string): number {
  let n = 0;
  for (let i = s.indexOf(t); i !== -1; i = s.indexOf(t, i + 1)) n++;
  return n;
}
const text = "aaaa banana bandana";
for (const t of ["a", "aa", "ana", "ban", "x"]) console.log(t, countNonOverlap(text, t), countOverlap(text, t));
