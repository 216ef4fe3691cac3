// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: after sorting undefined last, the array keeps working with join, indexOf, lastIndexOf, reverse and spread
const v: (number | undefined)[] = [3, undefined, 2, undefined, 1];
v.sort();
console.log(v.join("|"), v.indexOf(undefined), v.lastIndexOf(undefined), v.includes(undefined));
v.reverse();
console.log(v, [...v].length);
v.push(undefined, 0);
console.log(v.sort((x, y) => (x as number) - (y as number)));
const total = v.reduce((s: number, x) => s + (x ?? 100), 0);
console.log(total, v.filter((x) => x !== undefined));
