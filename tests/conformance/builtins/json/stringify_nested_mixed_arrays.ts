// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify arrays of arrays of objects with indentation, null holes from undefined, booleans and negative zero
interface Cell { v: number | null; note?: string; }
const grid: Cell[][] = [[{ v: 1 }, { v: null, note: "n" }], [], [{ v: -0 }, { v: 1e21, note: "" }, { v: NaN }]];
console.log(JSON.stringify(grid));
console.log(JSON.stringify(grid, null, 2));
const mixed: (number | string | boolean | null | undefined | number[])[] = [1, "two", true, null, undefined, [3, 4], false, -0];
console.log(JSON.stringify(mixed), JSON.stringify(mixed, null, 1));
const deep: number[][][][] = [[[[1]]], [[[]]], [[]], []];
console.log(JSON.stringify(deep, null, "|"));
console.log(JSON.stringify({ k: [[{ v: 2 }]] }, null, 10).split("\n").length);
