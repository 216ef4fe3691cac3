// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a length-constrained type parameter bound to a union of strings and arrays (a tagged value)
function len<T extends { length: number }>(x: T): number { return x.length; }
const items: (string | number[])[] = ["four", [1, 2, 3], "", [], "xy"];
console.log(items.map((i) => len(i)));
function sumLengths<T extends { length: number }>(xs: T[]): number { return xs.reduce((s, x) => s + x.length, 0); }
console.log(sumLengths(items), sumLengths<string | boolean[]>(["ab", [true]]));
function firstLong<T extends { length: number }>(xs: T[], min: number): T | undefined { return xs.find((x) => x.length >= min); }
console.log(firstLong(items, 3), firstLong(items, 4), firstLong(items, 9));
