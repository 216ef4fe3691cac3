// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// await of a promise, of a plain value and then() callbacks interleave as in Node
const out: string[] = [];
const p = Promise.resolve("p");
async function a(): Promise<void> {
  out.push("a start");
  await p;
  out.push("a after await p");
  await 1;
  out.push("a after await 1");
  await Promise.all([p]);
  out.push("a after await all");
}
async function b(): Promise<void> {
  out.push("b start");
  await null;
  out.push("b after await null");
  await Promise.allSettled([p]);
  out.push("b after await allSettled");
  await Promise.race([p]);
  out.push("b after await race");
}
a();
b();
p.then(() => out.push("then 1")).then(() => out.push("then 2")).then(() => out.push("then 3")).then(() => out.push("then 4"));
out.push("sync end");
setTimeout(() => console.log(out.join("\n")), 0);
