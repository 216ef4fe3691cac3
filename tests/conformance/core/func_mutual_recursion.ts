// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// mutual recursion: even/odd, Hofstadter female/male sequences, recursive descent over digits
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
function F(n: number): number {
  return n === 0 ? 1 : n - M(F(n - 1));
}
function M(n: number): number {
  return n === 0 ? 0 : n - F(M(n - 1));
}
console.log(isEven(10), isOdd(10), isEven(7), isOdd(7), isEven(0), isEven(1001));
let fs: string = "";
let ms: string = "";
for (let i = 0; i < 20; i++) {
  fs += F(i) + " ";
  ms += M(i) + " ";
}
console.log("F:", fs);
console.log("M:", ms);
// expr := term ('+' term)* over a number whose decimal digits encode tokens (1 = '+', 2 = '*', others digits)
let code: number = 0;
let pos: number = 0;
let len: number = 0;
function digitAt(p: number): number {
  let v: number = code;
  for (let i = 0; i < len - 1 - p; i++) v = (v - (v % 10)) / 10;
  return v % 10;
}
function expr(): number {
  let v: number = term();
  while (pos < len && digitAt(pos) === 1) {
    pos++;
    v += term();
  }
  return v;
}
function term(): number {
  let v: number = factor();
  while (pos < len && digitAt(pos) === 2) {
    pos++;
    v *= factor();
  }
  return v;
}
function factor(): number {
  let d: number = digitAt(pos);
  pos++;
  return d;
}
function evaluate(c: number, l: number): number {
  code = c;
  len = l;
  pos = 0;
  return expr();
}
console.log(evaluate(31425, 5), evaluate(327185, 6), evaluate(9, 1), evaluate(3232313, 7));
