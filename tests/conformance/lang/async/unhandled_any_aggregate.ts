// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.any whose inputs all reject, unhandled: status 1
console.log("before");
Promise.any([Promise.reject(1), Promise.reject(2)]);
Promise.resolve().then(() => console.log("tick 1")).then(() => console.log("tick 2"));
