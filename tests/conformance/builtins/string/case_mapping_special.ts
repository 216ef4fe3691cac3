// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: special case mappings: ß uppercases to SS, İ lowercases to i plus combining dot, final sigma
const u = "straße".toUpperCase();
console.log(u, u.length, "ß".toUpperCase().length);
const dotted = "İ".toLowerCase();
console.log(dotted.length, dotted.charCodeAt(0), dotted.charCodeAt(1).toString(16));
console.log("ΟΔΥΣΣΕΥΣ".toLowerCase(), "ΣΑΣ".toLowerCase(), "Σ".toLowerCase(), "ΑΣ ΒΣ".toLowerCase());
console.log("ŉ".toUpperCase(), "ŉ".toUpperCase().length, "ﬁ".toUpperCase(), "ı".toUpperCase(), "K".toLowerCase());
console.log("ǰ".toUpperCase().length, "ΐ".toUpperCase().length, "µ".toUpperCase(), "ÿ".toUpperCase());
