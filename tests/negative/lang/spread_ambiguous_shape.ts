// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spreading a type that objects with different keys inhabit
interface Named { name: string }
const a: Named = { name: "a" };
const b = { name: "b", age: 3 };
const list: Named[] = [a, b];
for (const n of list) console.log({ ...n });
