// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// sequential awaits versus Promise.all over the same tasks

const log: string[] = [];
function task(name: string, ms: number): Promise<string> {
  return new Promise<string>((resolve) => {
    setTimeout(() => { log.push("done " + name); resolve(name); }, ms);
  });
}
async function sequential(): Promise<string> {
  const a = await task("s1", 20);
  const b = await task("s2", 5);
  return a + b;
}
async function parallel(): Promise<string> {
  const both = await Promise.all([task("p1", 30), task("p2", 2)]);
  return both.join("+");
}
async function main(): Promise<void> {
  console.log(await sequential());
  console.log(await parallel());
  console.log(log.join(", "));
}
main();
