// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: sort is stable for equal keys, with comparators returning fractions, NaN and booleans as numbers
const people = ["ann:3", "bob:1", "cid:3", "dan:2", "eve:1", "fay:2", "gus:3"];
const key = (s: string): number => Number(s.split(":")[1]);
console.log(people.slice().sort((a, b) => key(a) - key(b)).join(" "));
console.log(people.slice().sort((a, b) => key(b) - key(a)).join(" "));
console.log(people.slice().sort((a, b) => (key(a) - key(b)) / 10).join(" "));
console.log(people.slice().sort(() => NaN).join(" "));
const big = Array.from({ length: 300 }, (_, i) => ({ k: i % 7, i }));
big.sort((a, b) => a.k - b.k);
let ok = true;
for (let i = 1; i < big.length; i++) if (big[i - 1].k === big[i].k && big[i - 1].i > big[i].i) ok = false;
console.log(ok, big[0], big[299]);
