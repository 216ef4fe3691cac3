// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Operators: `v as number` / `v as string` operands of a union are converted as the operator converts them
const f = (p: number | undefined, q: number | undefined) => (p as number) - (q as number);
console.log(f(3, 1), f(undefined, 1));
const s = (p: string | number) => (p as string) + "!";
console.log(s("a"), s(2));
const g = (p: number | string | undefined) => [(p as number) * 2, (p as number) < 5, (p as string) + "?", (p as number) === 3];
console.log(g(3), g(undefined), g("4"));
const v: (number | undefined)[] = [3, undefined, 1];
console.log(v.slice().sort((x, y) => (x as number) - (y as number)), (v[0] as number) ** 2, -(v[2] as number));
