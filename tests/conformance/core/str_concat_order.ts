// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// string concatenation: left-to-right evaluation of + with numbers, booleans and strings
console.log(1 + 2 + "3", "1" + 2 + 3, "1" + (2 + 3), 1 + (2 + "3"));
console.log(true + "x", "x" + false, "a" + 1.5, "" + 0.1 + 0.2, "" + (0.1 + 0.2));
console.log("" + 1e21, "" + 1e-7, "" + -0, "" + (0 / 0), "" + (1 / 0), "" + (-1 / 0));
console.log("" + 123456789012345680000, "" + 5e-324, "" + 2 ** 53, "" + (2 ** 53 + 1));
let n: number = 5;
let b: boolean = n > 3;
console.log("n=" + n + ", b=" + b + ", n*2=" + n * 2 + ", n-1=" + (n - 1));
console.log(n + n + "" + n + n, "" + n + n + n, n * 2 + "" + n * 2);
let s: string = "x";
s = s + 1 + 2;
console.log(s);
s = 1 + 2 + s;
console.log(s);
s = true + s + false;
console.log(s);
console.log("" + true + false, "" + !b, "" + (b && n > 4), "" + -n + "" + ~n);
console.log("a" + "b" + "c" === "abc", "ab" + "c" === "a" + "bc");
