// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Values of several kinds, exported.
export const add = (a: number, b: number): number => a + b;
const sub = (a: number, b: number): number => a - b;
export const ops: ((a: number, b: number) => number)[] = [add, sub, (a, b) => a * b, (a, b) => a / b];

export interface Point {
  x: number;
  y: number;
}
export const origin: Point = { x: 0, y: -0.5 };
export const pair: [string, number] = ['p', 2];

export function compose(f: (n: number) => number, g: (n: number) => number): (n: number) => number {
  return (n) => g(f(n));
}

class Shape {
  constructor(readonly name: string, readonly sides: number) {}
  describe(): string {
    return `${this.name} has ${this.sides} sides`;
  }
}
export { Shape };

export const [lo, hi] = [Math.min(3, 9), Math.max(3, 9)];

export function apply(fn: (a: number, b: number) => number, a: number, b: number): number {
  return fn(a, b);
}
