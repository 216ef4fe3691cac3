// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Generic helpers.
export function first<T>(xs: T[]): T | undefined {
  return xs.length > 0 ? xs[0] : undefined;
}

export function pairUp<A, B>(a: A, b: B): [A, B] {
  return [a, b];
}

export class Box<T> {
  constructor(private readonly value: T) {}
  map<U>(f: (x: T) => U): Box<U> {
    return new Box(f(this.value));
  }
  get(): T {
    return this.value;
  }
}
