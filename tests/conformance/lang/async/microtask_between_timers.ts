// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// microtasks queued by a timer run before the next timer

setTimeout(() => {
  console.log("t1");
  Promise.resolve().then(() => console.log("t1 micro"));
  queueMicrotask(() => console.log("t1 queued"));
}, 0);
setTimeout(() => console.log("t2"), 0);
setTimeout(() => {
  console.log("t3");
  setTimeout(() => console.log("t3 child"), 0);
}, 0);
