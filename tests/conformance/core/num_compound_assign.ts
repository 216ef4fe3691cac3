// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// every compound assignment operator on numbers, and their result values
let x: number = 10;
x += 5; console.log(x);
x -= 20; console.log(x);
x *= -3; console.log(x);
x /= 4; console.log(x);
x %= 4; console.log(x);
x **= 3; console.log(x);
x = 1000;
x <<= 3; console.log(x);
x >>= 2; console.log(x);
x = -100;
x >>>= 1; console.log(x);
x = 0xff00;
x &= 0x0ff0; console.log(x);
x |= 0x000f; console.log(x);
x ^= 0xffff; console.log(x);
let y: number = 7;
let r: number = (y += 3);
console.log(r, y);
r = (y *= y);
console.log(r, y);
r = (y -= 0.5);
console.log(r, y);
let z: number = 2;
z **= z **= 2;
console.log(z);
let w: number = 5;
w %= -3; console.log(w);
w = -5;
w %= 3; console.log(w);
w = -6;
w %= 3; console.log(w, 1 / w);
let acc: number = 1;
for (let i = 1; i <= 10; i++) {
  acc *= 2;
  acc -= i;
  acc /= 1.5;
}
console.log(acc);
