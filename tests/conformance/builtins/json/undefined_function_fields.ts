// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: optional fields left undefined and function fields are skipped in objects but null in arrays; NaN/Infinity become null
interface Opt { a: number; b?: string; c?: number[]; f?: () => number; n: number | null; u: number | undefined }
const items: Opt[] = [
  { a: 1, n: null, u: undefined },
  { a: 2, b: "x", c: [NaN, Infinity, -Infinity, -0], n: 3, u: 4 },
  { a: 3, f: () => 1, n: null, u: undefined, b: undefined },
];
for (const it of items) console.log(JSON.stringify(it));
console.log(JSON.stringify(items, null, 1));
const fns: ((() => number) | undefined | number)[] = [() => 1, undefined, 2];
console.log(JSON.stringify(fns));
console.log(JSON.stringify({ nested: { deep: { gone: undefined as number | undefined } } }));
console.log(JSON.stringify(undefined), JSON.stringify(() => 2));
console.log(JSON.stringify([undefined]), JSON.stringify({ x: [undefined, null] }));
