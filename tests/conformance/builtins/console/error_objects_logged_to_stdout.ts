// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: an error's message and name printed explicitly (stack traces avoided)
const errs = [new Error("e1"), new TypeError("e2"), new RangeError("")];
for (const e of errs) console.log(e.name + ": " + e.message, String(e), e instanceof Error);
console.log({ message: errs[0].message, name: errs[0].name });
