// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: String() and + conversion of numbers, booleans, null, undefined, arrays and objects
console.log(String(1), String(-0), String(1e21), String(1e-7), String(0.1 + 0.2), String(2 ** 53));
console.log(String(true), String(null), String(undefined), String([1, [2, 3]]), String({}), String([null, undefined]));
console.log("" + 123.456, "" + -1e-7, "" + 123e20, "" + 5e-324, "" + Number.MAX_VALUE);
console.log(String(NaN), String(Infinity), String(-Infinity), (255).toString(), (0.000001).toString());
