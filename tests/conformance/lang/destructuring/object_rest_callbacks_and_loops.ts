// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: object rest in arrow-function callbacks (map, filter, forEach) and for-of over an array of interfaces
interface Row { id: number; name: string; score: number; active: boolean }
const rows: Row[] = [
  { id: 1, name: "ann", score: 90, active: true },
  { id: 2, name: "bob", score: 72, active: false },
  { id: 3, name: "cy", score: 85, active: true },
];
const withoutIds = rows.map(({ id, ...rest }) => rest);
console.log(withoutIds);
const activeNames = rows.filter(({ active }) => active).map(({ name, ...r }) => name + ":" + r.score);
console.log(activeNames.join(" "));
rows.forEach(({ score, ...others }) => console.log(others.id, others.name, score >= 80 ? "pass" : "fail"));
let total = 0;
for (const { score, name, ...flags } of rows) { total += score; console.log(name, flags); }
console.log(total);
