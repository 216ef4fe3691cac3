// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// direct recursion: factorial, fibonacci, power, digit sums, string building
function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
}
function fib(n: number): number {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
function pow(b: number, e: number): number {
  if (e === 0) return 1;
  let half: number = pow(b, (e - (e % 2)) / 2);
  return e % 2 === 0 ? half * half : half * half * b;
}
function digitSum(n: number): number {
  return n < 10 ? n : (n % 10) + digitSum((n - (n % 10)) / 10);
}
function repeat(s: string, n: number): string {
  return n === 0 ? "" : s + repeat(s, n - 1);
}
function binary(n: number): string {
  return n < 2 ? "" + n : binary((n - (n % 2)) / 2) + (n % 2);
}
for (let i = 0; i <= 20; i += 5) console.log("fact", i, fact(i));
console.log("fact 170", fact(170), "fact 171", fact(171));
for (let i = 0; i <= 25; i += 5) console.log("fib", i, fib(i));
console.log(pow(2, 10), pow(3, 13), pow(1.5, 7), pow(2, 1023), pow(2, 1024));
console.log(digitSum(987654321), digitSum(0), digitSum(1e15));
console.log(repeat("ab", 5) + "|");
console.log(binary(0), binary(5), binary(255), binary(1024), binary(2 ** 40 + 1));
