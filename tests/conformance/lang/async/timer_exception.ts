// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an exception thrown in a timer callback is uncaught

setTimeout(() => console.log("first"), 1);
setTimeout(() => { throw new Error("in timer"); }, 2);
setTimeout(() => console.log("never"), 50);
