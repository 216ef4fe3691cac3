// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Powers.
export function square(n: number): number {
  return n * n;
}

export function cube(n: number): number {
  return n * square(n);
}
