// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: search methods treat surrogate pairs as two code units
const s = "😀abc😀";
console.log(s.startsWith("\uD83D"), s.endsWith("\uDE00"), s.indexOf("a"), s.lastIndexOf("😀"), s.includes("\uDE00a"));
console.log(s.slice(2, 5), s.substring(1, 3).length, s.split("a").map((x) => x.length).join(","));
