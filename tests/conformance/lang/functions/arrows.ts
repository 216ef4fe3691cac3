// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// arrow functions: expression and block bodies, as arguments, lexical this in methods
const square = (x: number): number => x * x;
const add = (a: number, b: number): number => {
  return a + b;
};
console.log(square(7), add(2, 3));
function apply(f: (n: number) => number, v: number): number {
  return f(v);
}
console.log(apply((n) => n - 1, 10), apply(square, 1.5));
class Timer {
  ticks: number = 0;
  tickAll(times: number): number {
    const bump = (): void => {
      this.ticks++;
    };
    for (let i = 0; i < times; i++) bump();
    return this.ticks;
  }
}
console.log(new Timer().tickAll(3));
const makeObj = (): { v: number } => ({ v: 1 });
console.log(makeObj().v);
