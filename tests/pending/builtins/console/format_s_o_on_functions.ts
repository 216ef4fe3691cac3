// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %s on a function prints its source text (String(fn)) and %o prints [length]/[name] details
function named(a: number): number { return a + 1; }
const arrow = (x: number): number => x * 2;
console.log("%s", named);
console.log("%o", arrow);
