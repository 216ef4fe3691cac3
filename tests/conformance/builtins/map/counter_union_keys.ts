// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: number and string keys in one Map stay distinct (1 vs '1'), grouping and counting with get/set/has chains
const m = new Map<string | number, number>();
const keys: (string | number)[] = [1, "1", 1.0, "1.0", 0, -0, "0", "", NaN, "NaN", 2, "2"];
for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
console.log(m);
console.log(m.size, m.get(1), m.get("1"), m.get(0), m.get(""), m.get(NaN), m.get("NaN"));
const words = "a bb a ccc bb a dddd ccc bb a".split(" ");
const byLen = new Map<number, string[]>();
for (const w of words) {
  if (!byLen.has(w.length)) byLen.set(w.length, []);
  const list = byLen.get(w.length);
  if (list && !list.includes(w)) list.push(w);
}
console.log(byLen);
const freq = new Map<string, number>();
for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
const ranked = [...freq].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
console.log(ranked.map(([w, n]) => `${w}x${n}`).join(" "));
console.log(new Map([...freq].filter(([, n]) => n > 2)));
