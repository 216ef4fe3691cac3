// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: quote choice for strings in containers (single, double, backtick), escapes of control characters and lone surrogates, and key quoting
console.log(["plain", "it's", 'say "hi"', "mix ' and \"", "all ' \" `", "`tick`", "'", '"', "`"]);
console.log(["\x00", "\x07", "\b", "\t", "\n", "\v", "\f", "\r", "\x1b", "\x7f", "\x80", "\u00ad", "\u2028"]);
console.log(["\uD83D", "\uDE00", "a\uD800b", "😀", "\\", "\\n", "é", "日本"]);
console.log({ "a-b": 1, "1x": 2, valid_id: 3, $dollar: 4, "": 5, "with space": 6, "it's": 7, "ünï": 8, _u: 9, "12": 10 });
console.log({ s: "it's", t: "x\ny" }, ["a'b\"c"]);
console.log("top level strings stay raw: it's \"quoted\"", ["nested 'ones' do not"]);
const m = new Map<string, string>([["k'ey", "v\"al"]]);
console.log(m, new Set<string>(["o'ne", "t\nwo"]));
