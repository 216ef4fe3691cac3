// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Re-exports: 'export { x } from', 'export *', a module in a subdirectory, imports with a .js suffix.
import { square, cube, clamp, Vec, describe } from './lib/index.js';
import { square as sq } from './lib/math';

console.log(square(7), cube(3), sq(9), clamp(15, 0, 10), clamp(-3, 0, 10));
const v = new Vec(1, 2).plus(new Vec(3, 4));
console.log(describe(v), v instanceof Vec);
