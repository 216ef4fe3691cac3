// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// templates: multi-line templates with padding helpers, escapes, unicode and computed widths
interface Row { id: number; label: string; score: number | null; }
const rows: Row[] = [
  { id: 1, label: "alpha", score: 93.456 },
  { id: 22, label: "β-beta", score: null },
  { id: 333, label: "gamma \"g\"", score: 7 },
];
const w = Math.max(...rows.map((r) => r.label.length));
const header = `${"id".padStart(4)} | ${"label".padEnd(w)} | score`;
console.log(header);
console.log(`${"-".repeat(header.length)}`);
for (const r of rows) {
  console.log(`${String(r.id).padStart(4, "0")} | ${r.label.padEnd(w, ".")} | ${r.score === null ? "—" : r.score.toFixed(1)}`);
}
const block = `first line
	tabbed "quoted" 'single' \`back\`
  last: ${rows.length} rows\\n not newline`;
console.log(block);
console.log(block.split("\n").length, block.length);
const uni = `\u00e9\u{1F600}x\x41`;
console.log(uni, uni.length);
const line = `${rows[0].label}\t${rows[1].label}\n${rows[2].id}`;
console.log(JSON.stringify(line));
