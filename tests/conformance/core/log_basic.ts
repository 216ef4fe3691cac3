// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log with zero, one and many arguments of mixed types
console.log();
console.log("");
console.log("", "");
console.log(" ", " ");
console.log(1);
console.log(true);
console.log(false, true);
console.log("a", 1, true, -0, 0 / 0, 1 / 0, "b", 2.5);
console.log(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
console.log("multi\nline", 3, "args");
console.log(-1, -0.5, "-0", -0);
let b: boolean = 1 > 2;
let n: number = 3;
let s: string = "three";
console.log(s, n, b, s + n + b);
