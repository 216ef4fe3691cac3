// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: integer-valued double arithmetic beyond 2^53, modulo with negatives and fractions, division by zero
console.log(2 ** 53 + 1, 2 ** 53 + 2, 2 ** 64, 2 ** 1023 * 2, -(2 ** 1024));
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3, 5.5 % 2, -5.5 % 2, 1 % 0, 0 % 5, -0 % 5, 5 % Infinity);
console.log(1 / 0, -1 / 0, 0 / 0, 1 / -0, -0 / 1, 0 * -1);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON, 9007199254740992 === 9007199254740993);
