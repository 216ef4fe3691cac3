// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: normalize NFC/NFD/NFKC/NFKD changes code unit counts for composed and compatibility characters
const composed: string = "é";
const decomposed: string = "e\u0301";
console.log(composed === decomposed, composed.normalize("NFD") === decomposed, decomposed.normalize() === composed);
console.log(composed.normalize("NFD").length, decomposed.normalize("NFC").length);
console.log("ﬁ".normalize("NFKC"), "①".normalize("NFKD"), "Å".normalize("NFD").length);
