// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// any as a generic type argument of a Map is rejected
const registry = new Map<string, any>();
registry.set("n", 1);
registry.set("s", "x");
console.log(registry.size);
