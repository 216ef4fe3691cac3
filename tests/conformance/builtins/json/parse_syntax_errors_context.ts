// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// SyntaxError messages quote the text around the unexpected token in long inputs
const inputs = [
  "[x123456789012345678901234567890]",
  "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,x,15,16,17,18,19,20]",
  "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,x]",
  "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,x]",
  "[1,2,3,4,5,6,7,8,9,x]",
  "[1,2,3,4,5,6,7,8,9,1,x]",
  "[1,2,3,4,5,6,7,8,x]",
  "{\"key\": [1, 2, 3], \"other\": @}",
  "\u00a0 1",
  "[1,2,3,4,5,6,7,8,9,10,11,\u00e9,12,13,14,15,16,17,18,19]",
];
for (const s of inputs) {
  try {
    const v: number[] = JSON.parse(s);
    console.log(v.length);
  } catch (e) {
    console.log((e as Error).message);
  }
}
