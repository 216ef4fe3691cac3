// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: character arithmetic with charCodeAt and fromCharCode for a Caesar cipher and rot13
function shift(s: string, k: number): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + k + 26 * 10) % 26) + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + k + 26 * 10) % 26) + 97);
    else out += s[i];
  }
  return out;
}
const msg = "Attack at Dawn! Zebra-123";
const enc = shift(msg, 3);
console.log(enc, shift(enc, -3) === msg, shift(shift(msg, 13), 13) === msg, shift(msg, 13));
