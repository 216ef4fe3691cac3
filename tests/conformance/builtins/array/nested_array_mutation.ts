// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: a program building a matrix with splice, flat and copyWithin, checked by reduceRight
const m: number[][] = Array.from({ length: 4 }, (_, r) => Array.from({ length: 4 }, (_, c) => r * 4 + c));
m.splice(1, 1);
m.forEach((row) => row.copyWithin(0, 2));
m.push([...m[0]].reverse());
console.log(m.map((r) => r.join(" ")).join(" / "));
const flat = m.flat();
console.log(flat.length, flat.reduceRight((acc, x) => acc * 2 + (x % 2), 0));
const col = m.map((r) => r.at(-1));
console.log(col);
m.length = 2;
console.log(m);
