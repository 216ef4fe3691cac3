// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: padStart and padEnd with default and multi-character fillers, truncated fillers, and no-op cases
console.log("[" + "5".padStart(3) + "]", "[" + "5".padEnd(3) + "]");
console.log("5".padStart(3, "0"), "abc".padStart(10, "123"), "abc".padEnd(10, "xy"));
console.log("abcdef".padStart(3, "*"), "abc".padStart(5, ""), "abc".padEnd(-1, "z"));
console.log("7".padStart(4, "😀").length, "7".padStart(4, "😀"));
const rows = [["id", "name"], ["1", "alpha"], ["22", "be"]];
for (const [a, b] of rows) console.log(a.padStart(4, ".") + "|" + b.padEnd(6, "_") + "|");
