// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// values of union types: numbers, strings, null and objects behind one declared type
type Cell = number | string | null | { ref: string };
const row: Cell[] = [1, "two", null, { ref: "A1" }, -0, ""];
console.log(JSON.stringify(row));
let maybe: string | undefined = undefined;
console.log(JSON.stringify({ maybe }));
maybe = "now";
console.log(JSON.stringify({ maybe }));
const pick = (i: number): Cell => row[i];
for (let i = 0; i < row.length; i++) console.log(i, JSON.stringify(pick(i)));
