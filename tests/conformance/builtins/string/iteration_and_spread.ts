// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: spread and Array.from split by code points; split('') by code units
const s = "ab😀c👍🏽";
console.log([...s].length, s.split("").length, Array.from(s).length, s.length);
console.log([...s].map((c) => c.length).join(""));
console.log(Array.from("abc", (c, i) => c + i).join(" "));
let n = 0;
for (const _ of s) n++;
console.log(n);
