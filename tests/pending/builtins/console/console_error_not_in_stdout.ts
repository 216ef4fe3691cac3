// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log versus console.error: only stdout is compared, so interleaved stderr lines must not appear
console.log("out 1");
console.error("err 1", { a: 1 });
console.log("out 2", [1, 2]);
console.error([3, 4]);
console.warn("warn goes to stderr");
console.info("info goes to stdout");
console.debug("debug goes to stdout");
