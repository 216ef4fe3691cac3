// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: numbers, -0, NaN, Infinity, and top-level null/undefined/booleans
console.log(-0, 0, NaN, -Infinity, 1e21, 1e-7, 0.1 + 0.2);
console.log(null, undefined, true, false);
console.log([null], [undefined], { n: null, u: undefined });
console.log(1 / 3, 2 ** 53, -(2 ** 31));
