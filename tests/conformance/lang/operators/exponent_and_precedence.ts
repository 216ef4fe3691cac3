// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: ** is right associative and binds tighter than unary minus on its left operand via parentheses
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, (-2) ** 2, -(2 ** 2), 2 ** -1, 0 ** 0, NaN ** 0);
console.log(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 10 % 3 * 2, 2 * 10 % 3);
console.log(1 < 2 === true, 3 > 2 && 2 > 1, 1 + +"2", 1 - -1, -"3" + 1);
console.log(5 & 3 | 8, 5 & (3 | 8), 1 << 2 + 1, ~5 + 1, !true === false);
console.log(typeof 1 + 2, void 0 === undefined);
