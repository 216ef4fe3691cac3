// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Integer results: sums and products of proven integers past 2^31 and 2^53, returned through direct calls.

function sq(x: number): number {
  return x * x;
}
function add3(a: number, b: number, c: number): number {
  return a + b + c;
}
function big(k: number): number {
  return k * 1000000007;
}
function fibSum(n: number): number {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}
function triple(x: number): number {
  return x * 3;
}
function across(a: number, b: number): number {
  return a + b - 7;
}
function clampShift(x: number): number {
  return x << 3;
}

console.log(sq(46340), sq(46341), sq(65536), sq(-65536));
console.log(add3(2 ** 30, 2 ** 30, 2 ** 30), add3(-(2 ** 31), -1, -1));
console.log(big(3), big(2147483647), big(-5));
console.log(fibSum(46), fibSum(47), fibSum(78), fibSum(79), fibSum(100));
console.log(triple(1000000000), triple(2000000000), triple(715827882), triple(715827883));
console.log(across(2147483647, 1), across(4294967296, 4294967296), across(7, 0), across(9007199254740000, 990));
let t = 0;
for (let i = 0; i < 5; i++) t += triple(1000000000) + across(2147483647, i);
console.log(t);
console.log(clampShift(1), clampShift(2 ** 28), clampShift(2 ** 29 - 1));
let acc = 0;
for (let i = 0; i < 70000; i += 7000) acc += sq(i);
console.log(acc, acc > 2 ** 31);
