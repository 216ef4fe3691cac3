// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: toUpperCase and toLowerCase on ASCII and mixed text leave non-letters unchanged
const s = "Hello, World! 123 _-+ abcXYZ";
console.log(s.toUpperCase());
console.log(s.toLowerCase());
console.log("".toUpperCase() === "", "ÀÉÎÕÜ".toLowerCase(), "àéîõü".toUpperCase());
console.log("ǅ".toLowerCase(), "ǅ".toUpperCase(), "ǆ".toUpperCase());
