// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an async function returning a promise resolves three ticks later

const log: string[] = [];
async function inner(): Promise<number> { return 5; }
async function outer(): Promise<number> { return inner(); }
outer().then((v) => log.push("outer " + v));
Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3")).then(() => log.push("t4"));
setTimeout(() => console.log(log.join(" | ")), 0);
