// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// The module main.ts imports from.
export function add(a: number, b: number): number {
  return a + b;
}

export const PI = 3.14159;

export class Counter {
  private count = 0;
  constructor(private readonly label: string) {}
  inc(): void {
    this.count = add(this.count, 1);
  }
  describe(): string {
    return `${this.label}: ${this.count}`;
  }
}

export interface Point {
  x: number;
  y: number;
}

export type Shape = { kind: 'circle'; r: number } | { kind: 'square'; side: number };

export enum Colour {
  Red,
  Green,
  Blue,
}

export let total = 0;

export function bump(by: number): void {
  total += by;
}

function multiply(a: number, b: number): number {
  return a * b;
}

export { multiply as scale };
