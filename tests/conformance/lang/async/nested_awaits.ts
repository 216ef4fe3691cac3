// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// nested async calls and awaits

function delay(ms: number): Promise<void> {
  return new Promise<void>((resolve) => { setTimeout(() => resolve(), ms); });
}
async function leaf(n: number): Promise<number> { await delay(n); return n * 2; }
async function middle(n: number): Promise<number> { const a = await leaf(n); const b = await leaf(n + 1); return a + b; }
async function top(): Promise<string> { const x = await middle(1); const y = await middle(x); return `${x}/${y}`; }
top().then((s) => console.log("top", s));
console.log("started");
