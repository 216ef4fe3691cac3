// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: trim, trimStart and trimEnd remove all whitespace and line terminators, including Unicode spaces
const s = " \t\n\r\v\f\u00a0\u2003\u3000\ufeffcore text\u2028\u2029 \n";
console.log(JSON.stringify(s.trim()), JSON.stringify(s.trimStart()).length, JSON.stringify(s.trimEnd()).length);
console.log("[" + "   ".trim() + "]", "[" + "x ".trimStart() + "]", "[" + " x".trimEnd() + "]");
console.log("\u200bzero-width\u200b".trim().length);
