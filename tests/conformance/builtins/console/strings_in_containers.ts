// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: strings inside arrays and objects are quoted with single quotes, escaping as needed
console.log(["it's", 'say "x"', `both ' and "`, "new\nline", "tab\t", "back\\slash", ""]);
console.log({ s: "é😀", t: "\u0001" });
