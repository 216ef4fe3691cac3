// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: parse every valid number form (exponents, signs, leading zero fractions) into number[] and print them
const forms = ["0", "-0", "0.0", "-0.0", "1E2", "1e+2", "1e-2", "-1.5E-3", "123456789012345678901234567890", "0.1", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2.4e-324", "2.5e-324", "1e-400", "9007199254740993", "0.30000000000000004", "100e-2", "1.0000000000000001"];
const arr: number[] = JSON.parse("[" + forms.join(",") + "]");
for (let i = 0; i < forms.length; i++) console.log(forms[i].padEnd(32), arr[i], arr[i] === 0 && 1 / arr[i] < 0 ? "(-0)" : "");
const one: number = JSON.parse(" \t\n\r-12.5e1 \n");
console.log(one);
