// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: slice, substring and substr with negative, swapped, NaN and out-of-range arguments
const s = "0123456789";
console.log(s.slice(2, 5), s.slice(-3), s.slice(-3, -1), s.slice(5, 2), s.slice(20), s.slice(), s.slice(NaN, 3));
console.log(s.substring(2, 5), s.substring(5, 2), s.substring(-3), s.substring(3, -1), s.substring(NaN, 4), s.substring(8, 100));
console.log(s.substr(2, 3), s.substr(-3, 2), s.substr(5), s.substr(2, -1) === "", s.substr(-20, 2));
console.log("😀x".slice(1), "😀x".slice(1).length, "😀x".substring(0, 1).charCodeAt(0));
