// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// await in while, for-of and nested loops

function tick(v: number): Promise<number> { return Promise.resolve(v); }
async function sum(xs: number[]): Promise<number> {
  let s = 0;
  for (const x of xs) s += await tick(x);
  let i = 0;
  while (i < 3) { s += await tick(i); i++; }
  for (let a = 0; a < 2; a++) for (let b = 0; b < 2; b++) s += await tick(a * 10 + b);
  return s;
}
sum([1, 2, 3]).then((v) => console.log("sum", v));
