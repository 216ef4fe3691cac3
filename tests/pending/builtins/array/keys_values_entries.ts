// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: keys, values and entries iterators used with for-of and spread
const a = ["x", "y", "z"];
console.log([...a.keys()], [...a.values()], [...a.entries()]);
for (const [i, v] of a.entries()) console.log(i, v);
const it = a.values();
console.log(it.next(), it.next().value, it.next().done, it.next());
