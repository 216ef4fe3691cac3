// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: slice with negative indices and concat with arrays and single values produce shallow copies
const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3), a.slice(-2), a.slice(3, 1), a.slice(), a.slice(-10, 2));
const b = a.concat([6, 7], 8, [[9]] as unknown as number[]);
console.log(b.length, b);
const objs = [{ n: 1 }];
const copy = objs.slice();
copy[0].n = 42;
console.log(objs[0].n, copy === objs);
console.log([].concat(), [1].concat([], [2], []));
