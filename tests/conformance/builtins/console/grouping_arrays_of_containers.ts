// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: arrays of more than six small objects, pairs or Sets, which Node may group into columns, and the point where grouping stops
console.log(Array.from({ length: 7 }, (_, i) => ({ a: i })));
console.log(Array.from({ length: 12 }, (_, i) => [i, i * i]));
console.log(Array.from({ length: 9 }, (_, i) => ({ id: i, ok: i % 2 === 0 })));
console.log(Array.from({ length: 16 }, (_, i) => [i]));
console.log(Array.from({ length: 8 }, (_, i) => new Set<number>([i])));
console.log(Array.from({ length: 7 }, (_, i) => ({ name: "n" + "x".repeat(i * 3), v: [i] })));
console.log(Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? [i] : i)));
console.log(Array.from({ length: 8 }, (_, i) => ({})));
console.log(Array.from({ length: 8 }, (_, i) => []));
