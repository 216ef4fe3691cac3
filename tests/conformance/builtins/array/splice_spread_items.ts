// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: push, unshift and splice with spread arguments from arrays, strings and Sets
const a = [1, 2];
const more = [3, 4, 5];
console.log(a.push(...more), a);
console.log(a.unshift(...[-1, 0]), a);
console.log(a.splice(2, 3, ...new Set([9, 9, 8])), a);
const letters: string[] = [];
letters.push(..."héllo");
letters.unshift(..."ab", "c");
console.log(letters.join("|"), letters.length);
const big: number[] = [];
for (let i = 0; i < 5; i++) big.push(...Array.from({ length: 200 }, (_, j) => i * 200 + j));
console.log(big.length, big[0], big[999], big.indexOf(500));
