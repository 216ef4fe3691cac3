// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A default-exported class.
export default class Counter {
  constructor(public value: number) {}
  add(n: number): void {
    this.value += n;
  }
}
