// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: dedupe words and characters (by code point) while keeping first occurrence order
const words = "to be or not to be that is the question".split(" ");
console.log([...new Set(words)].join(" "));
const chars = new Set("mississippi 😀😀");
console.log([...chars].join(""), chars.size);
const lower = new Set(["Apple", "apple", "APPLE", "banana"].map((w) => w.toLowerCase()));
console.log([...lower]);
