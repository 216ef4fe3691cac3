// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify then parse round-trips numbers (extremes, exponents, -0) and strings (unicode, escapes) exactly
const nums = [0, -0, 1, -1, 0.1, 0.1 + 0.2, 1 / 3, 1e21, 1e-7, 123e-20, 5e-324, 1.7976931348623157e308, 2 ** 53, -(2 ** 53) - 2, 9007199254740993, 100, 1e20];
const text = JSON.stringify(nums);
console.log(text);
const back: number[] = JSON.parse(text);
console.log(back.every((x, i) => x === nums[i]), back.map((x) => String(x)).join(" "));
const s = JSON.stringify([NaN, -Infinity]);
const back2: (number | null)[] = JSON.parse(s);
console.log(s, back2);
const strs = ["", "plain", "quote\"s", "back\\slash", "\u0000\u001f", "é\u{1F600}", "\u2028", "tab\tnl\n"];
const st = JSON.stringify(strs);
console.log(st);
const sb: string[] = JSON.parse(st);
console.log(sb.every((x, i) => x === strs[i]), sb.map((x) => x.length).join(","));
const big: number = JSON.parse("1e400");
const small: number = JSON.parse("-1e-400");
const negz: number = JSON.parse("-0");
console.log(big, small, 1 / small, 1 / negz, JSON.stringify(negz));
