// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: numbers embedded by concatenation use shortest round-trip formatting
const xs = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 100, 1e20, 1e21, 123456789012345680000, 0.000001, 0.0000001, -1.5e-9, 2 ** 31, 2 ** -20];
for (const x of xs) console.log("n=" + x);
console.log([1.0, 2.50, -0.0].join("/"));
