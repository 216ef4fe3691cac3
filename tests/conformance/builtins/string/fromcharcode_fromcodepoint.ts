// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: fromCharCode truncates to 16 bits; fromCodePoint builds surrogate pairs; codePointAt reads them back
console.log(String.fromCharCode(72, 105, 33), String.fromCharCode(0x10041), String.fromCharCode(65.9));
console.log(String.fromCodePoint(0x1f600).length, String.fromCodePoint(97, 0x1d11e, 98).length);
const cp = String.fromCodePoint(0x1f680);
console.log(cp.codePointAt(0), cp.charCodeAt(0), cp.charCodeAt(1));
try {
  String.fromCodePoint(0x110000);
} catch (e) {
  console.log((e as Error).name);
}
let s = "";
for (let c = 0x3b1; c < 0x3b1 + 5; c++) s += String.fromCharCode(c);
console.log(s, s.toUpperCase());
