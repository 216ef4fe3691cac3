// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// recursive async functions

async function fib(n: number): Promise<number> {
  if (n < 2) return n;
  const a = await fib(n - 1);
  const b = await fib(n - 2);
  return a + b;
}
async function countdown(n: number): Promise<void> {
  if (n === 0) { console.log("liftoff"); return; }
  console.log(n);
  await null;
  await countdown(n - 1);
}
fib(15).then((v) => console.log("fib(15) =", v));
countdown(3);
