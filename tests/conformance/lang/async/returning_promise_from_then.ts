// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// returning a promise from a handler takes two extra ticks (thenable adoption)

const log: string[] = [];
Promise.resolve().then(() => { log.push("a1"); return Promise.resolve("x"); }).then(() => log.push("a2"));
Promise.resolve().then(() => log.push("b1")).then(() => log.push("b2")).then(() => log.push("b3")).then(() => log.push("b4")).then(() => log.push("b5"));
setTimeout(() => console.log(log.join(" ")), 1);
