// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an object rest pattern over a type that objects with different own keys inhabit is rejected
interface Named { name: string }
const a: Named = { name: "a" };
const b = { id: 2, name: "b" };
function rest({ name, ...others }: Named): void { console.log(name, others); }
rest(a);
rest(b);
