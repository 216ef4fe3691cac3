// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A base class and one subclass.
export abstract class Animal {
  constructor(readonly name: string) {}
  abstract sound(): string;
  speak(): string {
    return `${this.name} says ${this.sound()}`;
  }
}

export class Dog extends Animal {
  sound(): string {
    return 'woof';
  }
}
