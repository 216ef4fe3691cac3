// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: indexOf, lastIndexOf and includes on string arrays are case-sensitive and exact
const words = ["apple", "Apple", "banana", "apple", ""];
console.log(words.indexOf("apple"), words.lastIndexOf("apple"), words.indexOf("APPLE"), words.includes(""), words.indexOf(""));
console.log(words.indexOf("apple", 1), words.lastIndexOf("apple", 2), words.includes("banana", 3));
