// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %s, %d, %i, %f, %j, %o and %O with objects and arrays as arguments
console.log("%s and %s", [1, 2], { a: 1 });
console.log("%d|%i|%f", "42.5", 42.9, "3.25");
console.log("%j", { a: [1, "x"] });
console.log("%O", { a: { b: { c: { d: 1 } } } });
console.log("%s", "str", "extra", 5);
console.log("100%", "done", "%c styled", "color: red");
