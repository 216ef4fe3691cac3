// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Module a: a counter, a class and a label.
export let count = 0;
export function next(): number {
  return ++count;
}
export class Item {
  constructor(readonly n: number) {}
  show(): string {
    return `A(${this.n * 10})`;
  }
}
const prefix = 'module';
export const label = `${prefix} a`;
