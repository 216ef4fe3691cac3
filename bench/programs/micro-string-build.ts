// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// micro-string-build: appending to a string in a loop (characters, numbers
// and short literals), then reading it back.

const N: number = 6000000;
let s: string = '';
for (let i = 0; i < N; i++) {
  if (i % 100 === 0) s += i;
  else if (i % 7 === 0) s += ', ';
  else s += String.fromCharCode(97 + (i % 26));
}
let h: number = 0;
for (let i = 0; i < s.length; i += 13) h = (h * 31 + s.charCodeAt(i)) % 2147483647;
console.log('string-build length:', s.length, 'hash:', h);
