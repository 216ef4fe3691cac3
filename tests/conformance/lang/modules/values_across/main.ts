// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Imported arrow functions, function values, objects, tuples and destructured exports; a renamed class.
import { add, ops, origin, pair, compose, Shape as Figure, lo, hi, apply } from './values';

console.log(add(2, 3), ops.map((f) => f(6, 3)).join(' '));
console.log(origin.x, origin.y, pair[0], pair[1]);
const inc = (n: number): number => n + 1;
const twice = (n: number): number => n * 2;
console.log(compose(inc, twice)(5), compose(twice, inc)(5));
const f = new Figure('tri', 3);
console.log(f.describe(), f instanceof Figure);
console.log(lo, hi, apply(add, 40, 2), apply((a, b) => Math.max(a, b), lo, hi));
const { x, y } = origin;
console.log(`${x},${y}`, [add].length);
console.log(origin);
