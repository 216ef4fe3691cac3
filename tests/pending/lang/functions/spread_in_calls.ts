// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: spread arguments in calls, mixed with ordinary arguments and multiple spreads
function five(a: number, b: number, c: number, d: number, e: number): string {
  return [a, b, c, d, e].join(":");
}
const two: [number, number] = [1, 2];
const three: [number, number, number] = [3, 4, 5];
console.log(five(...two, ...three));
console.log(five(0, ...two, 9, 8));
function all(...xs: number[]): number {
  return xs.length;
}
const big: number[] = [];
for (let i = 0; i < 100; i++) big.push(i);
console.log(all(...big), all(...big, ...big), all(...[]));
console.log(Math.min(...big), Math.max(...big, 1000));
const chars = [..."hello"];
console.log(chars.length, String.fromCharCode(...[104, 105]));
