// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operator precedence and associativity across arithmetic, shift, relational, bitwise and logical operators
let a: number = 10;
let b: number = 3;
let c: number = 2;
console.log(a - b - c, a - (b - c), a / b / c, a / (b / c), a % b % c);
console.log(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, (2 * 3) ** 2, -(2 ** 2), 2 ** -2);
console.log(1 << 2 + 1, (1 << 2) + 1, 16 >> 1 + 1, 1 + 2 << 3);
console.log(1 < 2 === true, a & b | c, a | b & c, a ^ b & c, a & b ^ c);
console.log(a > b && b > c, a > b || b < c && c < 0, !(a > b) || true);
console.log(a + b * c - a / c % b, a * b % c * a, -(a ** 2));
console.log(a & 1 ? "odd" : "even", b & 1 ? "odd" : "even", a > 5 ? b > 5 ? 1 : 2 : 3);
console.log(~a + 1, -~a, ~-a, 2 + -3, 2 - -3, 2 - +3, -a * -b);
console.log(1 + 2 + 3 * 4 ** 2 / 8 - 1, (1 + 2 + 3) * 4 ** (2 / 8) - 1);
