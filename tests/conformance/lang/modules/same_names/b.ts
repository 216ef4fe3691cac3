// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Module b: the same names as a, different meanings.
export let count = 50;
export function next(): number {
  count += 5;
  return count;
}
export class Item {
  constructor(readonly s: string) {}
  show(): string {
    return `B<${this.s.toUpperCase()}>`;
  }
}
const prefix = 'mod';
export const label = `${prefix} b`;
