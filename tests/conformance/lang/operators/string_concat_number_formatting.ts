// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: + concatenation with numbers across formatting thresholds, left-to-right mixing of numeric and string +
const ns = [0, -0, 1e21, 1e20, 123456789012345680000, 1e-6, 1e-7, -1.5e-7, 0.1 + 0.2, 2 ** 53, 2 ** 31, -(2 ** 31), 5e-324, 1.7976931348623157e308, 100, 1 / 3, 2 / 3, 123.456, -0.0001];
for (const n of ns) console.log("" + n, n + "", `${n}`.length);
console.log(1 + 2 + "3" + 4 + 5, "1" + 2 * 3 + 4, 1 + +"2" + 3, 10 + -"3", "7" + -"-2");
let s = "";
for (let i = 0; i < 5; i++) s += i + (i % 2 ? "," : ";");
console.log(s);
console.log("a" + true + null + undefined + 1.0 + [1, 2] + [] + [[3]]);
console.log("x" + 0.1 * 3, "y" + (0.1 * 3).toFixed(2), "z" + 1e21 * 10);
