// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: replace and replaceAll with a replacer function receive match, offset and whole string
const s = "cat bat cat";
console.log(s.replace("cat", (m, off: number) => m.toUpperCase() + off));
console.log(s.replaceAll("cat", (m, off: number, whole: string) => `${m}@${off}/${whole.length}`));
let calls = 0;
console.log("aaaa".replaceAll("aa", () => String(++calls)), calls);
console.log("x".replace("x", () => "$&"), "x".replaceAll("x", () => "$$"));
