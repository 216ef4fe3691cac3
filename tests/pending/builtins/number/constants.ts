// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: MAX_VALUE, MIN_VALUE, EPSILON, safe integer bounds and infinities
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1);
console.log(Number.MAX_VALUE * 2, Number.MIN_VALUE / 2, -Number.MIN_VALUE);
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt);
