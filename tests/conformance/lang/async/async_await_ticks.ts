// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// await takes one tick on promises and plain values

const log: string[] = [];
async function f(): Promise<void> {
  log.push("f1");
  await 1;
  log.push("f2");
  await Promise.resolve(2);
  log.push("f3");
}
f();
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
log.push("sync");
setTimeout(() => console.log(log.join(",")), 0);
