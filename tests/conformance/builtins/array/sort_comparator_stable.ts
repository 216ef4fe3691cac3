// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: sort with comparators is stable across many equal keys; reverse comparator; sorting by multiple keys
interface Rec { name: string; grade: number; age: number; }
const names = ["ann", "bob", "cat", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou", "max", "ned", "oli", "pam", "quin", "ray", "sue", "tom"];
const recs: Rec[] = names.map((n, i) => ({ name: n, grade: (i * 7) % 4, age: 20 + ((i * 3) % 5) }));
const byGrade = recs.slice().sort((a, b) => a.grade - b.grade);
console.log(byGrade.map((r) => r.grade + r.name).join(" "));
const byGradeDesc = recs.slice().sort((a, b) => b.grade - a.grade);
console.log(byGradeDesc.map((r) => r.grade + r.name).join(" "));
const multi = recs.slice().sort((a, b) => a.age - b.age || b.grade - a.grade || (a.name < b.name ? -1 : 1));
console.log(multi.map((r) => `${r.age}/${r.grade}/${r.name}`).join(" "));
const allEqual = recs.slice().sort(() => 0);
console.log(allEqual.every((r, i) => r === recs[i]));
const idx: number[] = [];
for (let i = 0; i < 200; i++) idx.push(i);
const sorted = idx.slice().sort((a, b) => (a % 3) - (b % 3));
let stable = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] % 3 === sorted[i] % 3 && sorted[i - 1] > sorted[i]) stable = false;
console.log(stable, sorted.slice(0, 5).join(","), sorted.slice(67, 72).join(","), sorted.slice(-3).join(","));
const fl = [0.5, -0.25, 3, -7, 0, 1e-9, -1e9];
console.log(fl.sort((a, b) => a - b).join(" "), fl.sort((a, b) => b - a).join(" "));
