// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A subclass of an imported class.
import { Animal } from './animals';

export class Cat extends Animal {
  constructor(name: string, private lives: number) {
    super(name);
  }
  sound(): string {
    return 'meow'.repeat(this.lives > 2 ? 2 : 1);
  }
}

export function helper(): string {
  return 'cats helper';
}
