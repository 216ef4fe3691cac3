// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// microtasks run before timers, in queue order

setTimeout(() => console.log("timeout"), 0);
queueMicrotask(() => console.log("micro 1"));
Promise.resolve().then(() => console.log("then 1"));
queueMicrotask(() => console.log("micro 2"));
console.log("sync");
