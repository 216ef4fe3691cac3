// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// async functions keep and replace references in their frames across many awaits while allocating (GC churn)
class Node2 {
  constructor(readonly label: string, readonly next: Node2 | null) {}
}
async function builder(name: string, n: number): Promise<string> {
  let list: Node2 | null = null;
  let text = "";
  for (let i = 0; i < n; i++) {
    const prev: Node2 | null = list;
    list = new Node2(`${name}${i}`, prev);
    await null;
    text = text + (list.next ? list.next.label : "-") + ",";
    if (i % 7 === 3) await Promise.all([Promise.resolve(i), Promise.resolve(`${i}`)]);
    const keep = [list.label, text.length.toString()];
    await Promise.resolve(keep);
    if (keep[0] !== list.label) throw new Error("frame lost a value");
  }
  let count = 0;
  for (let p: Node2 | null = list; p; p = p.next) count++;
  return `${name}: ${count} nodes, text ${text.length} chars, head ${list ? list.label : "none"}`;
}
async function nested(depth: number): Promise<string[]> {
  if (depth === 0) return ["leaf"];
  const here = [`d${depth}`];
  const below = await nested(depth - 1);
  await new Promise<void>((r) => setTimeout(r, 0));
  return here.concat(below);
}
async function main(): Promise<void> {
  const results = await Promise.allSettled([builder("a", 60), builder("b", 45), nested(12), builder("c", 30)]);
  for (const r of results) console.log(r.status === "fulfilled" ? r.value : "failed");
  const any = await Promise.any([builder("x", 20), Promise.reject("no")]);
  console.log(any);
}
main();
