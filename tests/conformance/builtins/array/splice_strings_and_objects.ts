// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: splice on arrays of strings, of objects and of unions keeps identities and order
class P { constructor(public n: string) {} }
const ps = [new P("a"), new P("b"), new P("c")];
const keep = ps[2];
const out = ps.splice(1, 1, new P("x"), new P("y"));
console.log(out.map((p) => p.n).join(), ps.map((p) => p.n).join(), ps[3] === keep);
const words = "the quick brown fox".split(" ");
words.splice(1, 2, "slow");
console.log(words.join(" "));
const mixed: (number | string | null)[] = [1, "two", null];
console.log(mixed.splice(1, 1), mixed);
mixed.splice(mixed.length, 0, 4, "five");
console.log(mixed, mixed.length);
