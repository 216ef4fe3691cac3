// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Validation that throws a custom error class.
export class AgeError extends Error {
  constructor(message: string, readonly input: string) {
    super(message);
    this.name = 'AgeError';
  }
}

export let attempts = 0;

export function parseAge(s: string): number {
  attempts++;
  const n = Number(s);
  if (Number.isNaN(n)) throw new AgeError('not a number', s);
  if (n < 0) throw new AgeError('negative', s);
  return n;
}
