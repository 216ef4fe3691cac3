// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// util.format specifiers applied to special numbers: -0, NaN, Infinity, huge, tiny and non-integers
let vals0: number = -0;
let nan: number = 0 / 0;
let inf: number = 1 / 0;
console.log("%d|%i|%f|%s", vals0, vals0, vals0, vals0);
console.log("%d|%i|%f|%s", nan, nan, nan, nan);
console.log("%d|%i|%f|%s", inf, inf, inf, inf);
console.log("%d|%i|%f|%s", -inf, -inf, -inf, -inf);
console.log("%d|%i|%f|%s", 1e21, 1e21, 1e21, 1e21);
console.log("%d|%i|%f|%s", 1.5e-7, 1.5e-7, 1.5e-7, 1.5e-7);
console.log("%d|%i|%f|%s", -2.5, -2.5, -2.5, -2.5);
console.log("%d|%i|%f|%s", 2 ** 53 + 2, 2 ** 53 + 2, 2 ** 53 + 2, 2 ** 53 + 2);
console.log("%d|%i|%f|%s", 0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2);
console.log("%i %i %i", 123456789012345680000, 1e-7, -1e-7);
console.log("%i %f", "  42abc", "  .5e1x");
console.log("%d %d", "0x10", "1e3");
console.log("%i %i", "0x10", "1e3");
console.log("%f %f %f", "Infinity", "-Infinity", "infinity");
console.log("%s %s", "%d", 5);
console.log("%d%d%d", 1, 2, 3, 4, 5);
console.log("[%s]", "");
console.log("%s=%d (%i%%)", "ratio", 0.756, 75.6);
