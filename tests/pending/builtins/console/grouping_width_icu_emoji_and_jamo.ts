// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: array column widths follow ICU (Emoji_Presentation flags count 2, skin-tone modifiers 0, Hangul jamo composed by NFC)
console.log(["🇯🇵", "a", "b", "c", "d", "e", "f"]);
console.log(["👍🏽", "a", "b", "c", "d", "e", "f"]);
console.log(["\u1100\u1161", "a", "b", "c", "d", "e", "f"]);
