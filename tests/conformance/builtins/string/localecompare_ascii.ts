// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: localeCompare on ASCII strings returns negative, zero or positive and sorts case-insensitively first
const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
console.log(sign("a".localeCompare("b")), sign("b".localeCompare("a")), sign("a".localeCompare("a")));
console.log(sign("a".localeCompare("B")), sign("A".localeCompare("b")), sign("a".localeCompare("A")));
console.log(sign("abc".localeCompare("abcd")), sign("10".localeCompare("9")), sign("".localeCompare("a")));
const words = ["banana", "Apple", "cherry", "apple", "Banana", "date"];
console.log(words.slice().sort((a, b) => a.localeCompare(b)).join(" "));
console.log(words.slice().sort().join(" "));
