// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: the Number constants, their arithmetic relations, and behaviour at the safe-integer and overflow boundaries
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, Infinity, NaN);
console.log(Number.MAX_SAFE_INTEGER + 1, Number.MAX_SAFE_INTEGER + 2, Number.MAX_SAFE_INTEGER + 3, Number.MIN_SAFE_INTEGER - 2);
console.log(Number.MAX_VALUE * 2, -Number.MAX_VALUE * 2, Number.MAX_VALUE + 1 === Number.MAX_VALUE, Number.MIN_VALUE / 2, -Number.MIN_VALUE / 2);
console.log(1 + Number.EPSILON, 1 + Number.EPSILON / 2, Number.EPSILON === 2 ** -52, Number.MIN_VALUE === 2 ** -1074);
console.log(Number.MAX_SAFE_INTEGER === 2 ** 53 - 1, Number.MIN_SAFE_INTEGER === -Number.MAX_SAFE_INTEGER, Number.NaN === Number.NaN);
console.log(Number.MAX_VALUE.toString(16).length, Number.MAX_VALUE.toExponential(3), Number.MIN_VALUE.toString(2).length);
console.log(2 ** 1023 * 1.9999999999999998, 2 ** 1024, 2 ** -1075, 2 ** -1074, 0.1 * 3, 1e21 - 1, 1e16 + 1);
