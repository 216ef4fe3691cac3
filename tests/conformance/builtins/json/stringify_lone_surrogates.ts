// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify writes lone surrogates as \u escapes and keeps valid pairs
const cases = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uDE00\uD83D", "a\uD800b", "\uD800\uD800\uDC00", "x\uDC00\uDC00"];
for (const s of cases) {
  const j = JSON.stringify(s);
  console.log(j.length, j.split("").map((c) => c.charCodeAt(0).toString(16)).join(" "));
}
console.log(JSON.stringify({ k: "\uD834\uDD1E clef", l: "\uD834" }));
