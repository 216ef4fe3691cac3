// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: join with various separators, nested arrays, empty strings, numbers formatted like String()
const n = [1, -0, 0.1, 1e21, 1e-7, NaN, Infinity, -Infinity, 123456789012];
console.log(n.join());
console.log(n.join(""));
console.log(n.join(" | "));
console.log(n.join("\t").length);
const nested = [[1, 2], [3, [4, 5]], [], [[]], [6]];
console.log(nested.join(";"));
console.log(nested.join());
console.log(String(nested), `${nested}`, nested.toString() === nested.join(","));
const strs = ["", "", ""];
console.log(JSON.stringify(strs.join("-")), JSON.stringify(strs.join()), JSON.stringify([].join("x")));
const one = ["solo"];
console.log(one.join("SEP"), [[["deep"]]].join("#"));
const bools = [true, false, true];
console.log(bools.join(" & "));
const words = "the quick brown fox".split(" ");
console.log(words.join("_").toUpperCase(), words.reverse().join(" "), words.join(", "));
const grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
console.log(grid.map((r) => r.join(" ")).join("\n"));
