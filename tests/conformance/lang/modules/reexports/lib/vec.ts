// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A small vector class and a function that formats it.
import { square } from './math';

export class Vec {
  constructor(readonly x: number, readonly y: number) {}
  plus(o: Vec): Vec {
    return new Vec(this.x + o.x, this.y + o.y);
  }
  length(): number {
    return Math.sqrt(square(this.x) + square(this.y));
  }
}

export function describe(v: Vec): string {
  return `(${v.x}, ${v.y}) |${v.length().toFixed(3)}|`;
}
