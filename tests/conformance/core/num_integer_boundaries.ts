// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// integers near 2^31, 2^32 and 2^53: exact arithmetic, rounding beyond 2^53
let a: number = 2 ** 31;
console.log(a - 1, a, a + 1, -a, -a - 1);
let b: number = 2 ** 32;
console.log(b - 1, b, b + 1, -b);
let c: number = 2 ** 53;
console.log(c - 1, c, c + 1, c + 2, c + 3, c + 4);
console.log(c + 1 === c, c + 2 === c, c - 1 === c);
console.log(-c - 1, -c - 2);
console.log(2147483647 + 1, 4294967295 + 1, 9007199254740991 + 1);
console.log(2147483647 * 2147483647, 4294967295 * 4294967295);
console.log(2 ** 62, 2 ** 63, 2 ** 64 - 1, 2 ** 70);
let x: number = 1;
let steps: number = 0;
while (x + 1 !== x) {
  x = x * 2;
  steps++;
}
console.log("first power of two where x+1===x:", x, steps);
let big: number = 9007199254740991;
big++;
console.log(big);
big++;
console.log(big);
big += 3;
console.log(big);
console.log(123456789 * 987654321, 99999999 * 99999999);
console.log(1e16, 1e16 + 1, 1e17 + 8, 12345678901234567890);
