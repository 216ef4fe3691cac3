// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Object.keys over a type that objects of several layouts inhabit
interface Named { name: string }
const a: Named = { name: "a" };
const b: Named = { name: "b", extra: 1 } as Named;
const pick = (n: Named): string[] => Object.keys(n);
console.log(pick(a), pick(b));
