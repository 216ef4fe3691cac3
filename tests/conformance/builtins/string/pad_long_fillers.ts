// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: padStart and padEnd with fillers longer than the gap, multi-unit fillers, empty fillers and short targets
const fillers: string[] = [" ", "ab", "abcdef", "0123456789abcdef", "", "😀"];
const lens: number[] = [-1, 0, 3, 4, 5, 7, 10, 12.7, NaN];
for (const f of fillers) {
  const out: string[] = [];
  for (const n of lens) out.push("[" + "abcd".padStart(n, f) + "|" + "abcd".padEnd(n, f) + "]");
  console.log(JSON.stringify(f), out.join(" "));
}
console.log("x".padStart(5), "x".padEnd(5) + "|", "".padStart(3, "z"), "".padEnd(4, "xy"));
const p = "7".padStart(5, "😀");
console.log(p.length, p.charCodeAt(3).toString(16), p.charCodeAt(4).toString(16));
console.log("abc".padStart(200, "-=").length, "abc".padEnd(41, "0123456789"));
