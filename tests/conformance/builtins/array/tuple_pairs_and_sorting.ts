// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: arrays of tuples sorted by several keys, destructured and rebuilt
const rows: [string, number, boolean][] = [["b", 2, true], ["a", 2, false], ["c", 1, true], ["a", 1, true]];
rows.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
console.log(rows);
for (const [name, n, flag] of rows) console.log(`${name}${n}${flag ? "!" : "?"}`);
const swapped = rows.map(([s, n]): [number, string] => [n, s]);
console.log(swapped, swapped[0][1].toUpperCase());
const zip = (xs: number[], ys: string[]): [number, string][] => xs.map((x, i) => [x, ys[i]]);
console.log(zip([1, 2], ["p", "q"]));
