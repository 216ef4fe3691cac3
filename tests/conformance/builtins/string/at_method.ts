// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: at() with positive, negative, fractional and out-of-range indices
const s = "abcdef";
console.log(s.at(0), s.at(-1), s.at(-6), s.at(6), s.at(-7), s.at(2.7), s.at(-1.5));
console.log("😀".at(0) === "\uD83D", "😀".at(-1)?.charCodeAt(0).toString(16), "".at(0));
