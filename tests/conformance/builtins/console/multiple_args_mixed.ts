// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: several arguments of mixed kinds are separated by spaces; strings at top level are unquoted
console.log("label", 1, "two", [3], { four: 4 }, true, null, undefined);
console.log("", "x", "");
console.log(1, [], {}, "");
console.log("nested string", ["inner string"]);
