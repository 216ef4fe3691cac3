// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify with numeric and string indentation, clamped to 10 characters
const v = { a: 1, b: [1, 2, { c: "x" }], d: {}, e: [] };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, "--"));
console.log(JSON.stringify([1, [2]], null, 20));
console.log(JSON.stringify({ long: "y" }, null, "abcdefghijklmnop"));
console.log(JSON.stringify(v, null, 0), JSON.stringify(v, null, ""));
