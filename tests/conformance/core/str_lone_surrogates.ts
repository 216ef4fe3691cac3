// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// printing lone UTF-16 surrogates: console.log writes U+FFFD for each unpaired surrogate
let hi: string = "\uD83D";
let lo: string = "\uDE00";
console.log("[" + hi + "]");
console.log("[" + lo + "]");
console.log("[" + hi + lo + "]");
console.log("[" + lo + hi + "]");
console.log(hi, lo);
let joined: string = hi;
joined += lo;
console.log(joined, joined === "😀");
console.log("a\uDBFFb", "\uDC00\uDC00");
