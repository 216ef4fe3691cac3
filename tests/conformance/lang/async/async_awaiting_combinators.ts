// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// async functions awaiting combinators interleave with queueMicrotask as in Node
const out: string[] = [];
async function worker(name: string, n: number): Promise<number> {
  out.push(`${name} start`);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += await Promise.resolve(i);
    out.push(`${name} step ${i}`);
  }
  return total;
}
async function main(): Promise<void> {
  const [a, b] = await Promise.all([worker("a", 2), worker("b", 3)]);
  out.push(`all: ${a} ${b}`);
  const settled = await Promise.allSettled([worker("c", 1), Promise.reject("d")]);
  out.push(`allSettled: ${settled.map((s) => s.status)}`);
  const first = await Promise.race([worker("e", 3), worker("f", 1)]);
  out.push(`race: ${first}`);
  const any = await Promise.any([Promise.reject("g"), worker("h", 2)]);
  out.push(`any: ${any}`);
}
queueMicrotask(() => out.push("microtask 1"));
main().then(() => {
  out.push("main done");
  console.log(out.join("\n"));
});
queueMicrotask(() => out.push("microtask 2"));
