// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an unhandled rejection ends the program with status 1 after the microtasks

console.log("start");
Promise.resolve().then(() => console.log("microtask still runs"));
setTimeout(() => console.log("timer never runs"), 0);
Promise.reject(new Error("unhandled"));
