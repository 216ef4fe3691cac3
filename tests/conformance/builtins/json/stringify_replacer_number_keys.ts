// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// numbers in a replacer array name keys by their string form
const v = { 1: "one", 2: "two", 10: "ten", x: "ex" };
const mixed: (string | number)[] = [10, "x", 1];
console.log(JSON.stringify(v, mixed));
const nums: number[] = [2, 1, 2];
console.log(JSON.stringify(v, nums));
console.log(JSON.stringify([v, v], ["x"]));
