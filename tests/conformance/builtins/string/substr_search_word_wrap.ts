// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: word wrapping with lastIndexOf and slice at a fixed width
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > width) {
    let cut = rest.lastIndexOf(" ", width);
    if (cut <= 0) cut = width;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}
const t = "The quick brown fox jumps over the lazy dog while an extraordinarily-long-hyphenated-word waits patiently.";
for (const w of [10, 20, 40]) {
  console.log("width " + w);
  for (const line of wrap(t, w)) console.log("|" + line.padEnd(w) + "|");
}
