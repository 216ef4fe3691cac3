// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: NaN and -0 members, re-adding does not move, delete+add moves to end, add returns the set
const s = new Set<number>();
const r = s.add(3).add(NaN).add(-0).add(1);
console.log(r === s, s.size, s);
s.add(0).add(NaN).add(3);
console.log([...s].map((x) => ((x === 0 && 1 / x < 0) ? "-0" : String(x))).join(","), s.size);
console.log(s.has(0), s.has(-0), s.has(NaN), s.has(2), s.delete(0), s.has(-0), s.size);
s.add(-0);
console.log([...s].map((x) => ((x === 0 && 1 / x < 0) ? "-0" : String(x))).join(","));
s.delete(3);
s.add(3);
console.log([...s].join(","));
const strs = new Set<string>(["b", "a", "b", "", "a"]);
console.log(strs, strs.size, strs.has(""));
console.log(s.clear(), s.size, [...s]);
