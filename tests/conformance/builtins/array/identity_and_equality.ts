// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: === compares identity, not contents; copies and spreads make new arrays
const a = [1, 2, 3];
const b = a;
const c = [...a];
const d = a.slice();
console.log(a === b, a === c, a === d, a.join() === c.join());
b.push(4);
console.log(a.length, c.length);
const nested = [[1], [2]];
const shallow = [...nested];
shallow[0].push(9);
console.log(nested[0], shallow[0] === nested[0], shallow === nested);
const same = (x: number[], y: number[]): boolean => x.length === y.length && x.every((v, i) => (v === y[i] && 1 / v === 1 / y[i]) || (v !== v && y[i] !== y[i]));
console.log(same([1, NaN], [1, NaN]), same([0], [-0]), same([], []));
const arrs = [a, c];
console.log(arrs.indexOf(c), arrs.includes(d), arrs.indexOf(b));
