// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an unhandled rejection with a non-Error reason ends the program with status 1 after the queue drains
console.log("start");
Promise.resolve().then(() => console.log("microtask runs first"));
Promise.reject("not an error");
queueMicrotask(() => console.log("queued microtask also runs"));
setTimeout(() => console.log("timer must not run"), 0);
