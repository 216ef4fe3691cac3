// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// microtasks queued by microtasks run in the same checkpoint, before timers

const log: string[] = [];
setTimeout(() => { log.push("timer"); console.log(log.join(" ")); }, 0);
queueMicrotask(() => {
  log.push("m1");
  queueMicrotask(() => {
    log.push("m1.1");
    queueMicrotask(() => log.push("m1.1.1"));
  });
  Promise.resolve().then(() => log.push("p-in-m1"));
});
queueMicrotask(() => log.push("m2"));
