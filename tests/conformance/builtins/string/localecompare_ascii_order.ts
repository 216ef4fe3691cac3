// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: localeCompare on ASCII strings orders punctuation, digits, letters and case like ICU root collation
const words: string[] = ["b", "B", "a", "A", "ab", "Ab", "aB", "a b", "a-b", "a_b", "a.b", "10", "9", "1", "", " ", "_", "-", "~", "!", "zz", "Z", "a1", "a10", "a2", "co-op", "coop", "Coop", "@", "#", "$", "(", ")", "[", "{", "0", "'"];
const sorted = [...words].sort((x, y) => x.localeCompare(y));
console.log(JSON.stringify(sorted));
const pairs: [string, string][] = [["a", "b"], ["b", "a"], ["a", "a"], ["a", "A"], ["A", "a"], ["a", "ab"], ["", "a"], ["a-b", "ab"], ["resume", "Resume"], ["x1", "x01"], ["abc", "abd"], ["Z", "a"], ["z", "A"]];
for (const [x, y] of pairs) console.log(JSON.stringify(x), JSON.stringify(y), x.localeCompare(y), Math.sign(x.localeCompare(y)) === -Math.sign(y.localeCompare(x)));
