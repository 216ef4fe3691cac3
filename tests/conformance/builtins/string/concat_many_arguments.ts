// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: concat with zero, one and many arguments, empty strings and astral characters
const base = "ab";
console.log(base.concat(), base.concat("c"), base.concat("c", "d", "e"), base.concat("", "", ""));
const parts: string[] = ["x", "", "😀", "yz"];
const joined = base.concat(parts[0], parts[1], parts[2], parts[3]);
console.log(joined, joined.length, "".concat(parts[0], parts[1], parts[2], parts[3]), parts.reduce((a, p) => a.concat(p), "<") + ">");
let acc = "";
for (let i = 0; i < 12; i++) acc = acc.concat(String(i), i % 3 === 0 ? "|" : "");
console.log(acc, acc.length);
console.log(base, "".concat("a").concat("b").concat("c"), base.concat(base, base) === base.repeat(3));
console.log("\uD83D".concat("\uDE00") === "😀", "a".concat(String(1), String(true), String(null), String(-0)));
