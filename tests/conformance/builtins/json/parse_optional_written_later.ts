// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: writing an absent optional property of a parsed object adds it as the last key, as in JS
interface Row { a?: number; b: string; c?: string }
const r: Row = JSON.parse('{"b":"x"}');
console.log(r);
r.c = "later";
console.log(r, "c" in r, "a" in r);
r.a = 1;
console.log(r, JSON.stringify(r));
r.a = 2;
console.log(r);
const s: Row = JSON.parse('{"a":5,"b":"y"}');
s.c = "z";
console.log(s, "a" in s);
