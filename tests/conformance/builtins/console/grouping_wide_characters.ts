// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: column grouping of arrays whose strings hold East Asian wide characters, emoticons, combining marks and zero-width characters
console.log(["日本", "中文字", "한국어", "a", "bb", "カタカナ", "ひらがな", "x", "漢"]);
console.log(["😀", "😀😀", "a", "b", "c", "d", "e", "f", "g", "h"]);
console.log(["e\u0301", "a\u0300\u0301", "x", "y", "z", "w", "v", "u", "\u200b", "a\u200db"]);
console.log(Array.from({ length: 24 }, (_, i) => "字".repeat(i % 5)));
console.log(Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? "ＡＢＣ" : "abc" + i)));
console.log({ k: ["全角", "半角", "ｶﾀｶﾅ", "ｈａｌｆ", "mix字", "a", "b", "c"] });
console.log(["\u1100", "\u3000x", "\uff01", "\u2e80", "\ua960", "\uac00", "\ud7a3", "\uf900", "\ufe30", "\uff60"]);
console.log(["\u{20000}", "\u{1F300}", "\u{1F64F}", "\u{1F900}", "\u{30000}", "\u{1F1E6}", "\u{2FFFD}", "n", "m"]);
