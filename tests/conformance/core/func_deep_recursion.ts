// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// deep recursion: 10000 frames of a one-parameter function, 5000-6000 for larger frames (inside Node's default stack)
function sumTo(n: number): number {
  if (n === 0) return 0;
  return n + sumTo(n - 1);
}
function countDown(n: number, acc: string): string {
  if (n === 0) return acc;
  return countDown(n - 1, n % 1000 === 0 ? acc + n + "," : acc);
}
function depthA(n: number): number {
  return n === 0 ? 0 : 1 + depthB(n - 1);
}
function depthB(n: number): number {
  return n === 0 ? 0 : 1 + depthA(n - 1);
}
console.log(sumTo(10000));
console.log(countDown(5000, ""));
console.log(depthA(6001));
let total: number = 0;
for (let i = 0; i < 20; i++) total += sumTo(5000);
console.log(total);
