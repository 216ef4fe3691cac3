// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// sieve of Eratosthenes without arrays: a 256-bit set kept in eight 32-bit integers
let w0: number = 0, w1: number = 0, w2: number = 0, w3: number = 0;
let w4: number = 0, w5: number = 0, w6: number = 0, w7: number = 0;
function getWord(i: number): number {
  if (i === 0) return w0;
  if (i === 1) return w1;
  if (i === 2) return w2;
  if (i === 3) return w3;
  if (i === 4) return w4;
  if (i === 5) return w5;
  if (i === 6) return w6;
  return w7;
}
function setWord(i: number, v: number): void {
  if (i === 0) w0 = v;
  else if (i === 1) w1 = v;
  else if (i === 2) w2 = v;
  else if (i === 3) w3 = v;
  else if (i === 4) w4 = v;
  else if (i === 5) w5 = v;
  else if (i === 6) w6 = v;
  else w7 = v;
}
function mark(n: number): void {
  setWord(n >>> 5, getWord(n >>> 5) | (1 << (n & 31)));
}
function marked(n: number): boolean {
  return (getWord(n >>> 5) & (1 << (n & 31))) !== 0;
}
const N: number = 256;
mark(0);
mark(1);
for (let p = 2; p * p < N; p++) {
  if (!marked(p)) {
    for (let m = p * p; m < N; m += p) mark(m);
  }
}
let out: string = "";
let count: number = 0;
for (let n = 0; n < N; n++) {
  if (!marked(n)) {
    out += n + " ";
    count++;
  }
}
console.log(out);
console.log("count", count);
console.log(w0, w1, w2, w3, w4, w5, w6, w7);
console.log(w0 >>> 0, w7 >>> 0, ~w3 >>> 0);
