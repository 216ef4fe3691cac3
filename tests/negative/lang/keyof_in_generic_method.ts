// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// indexing with a keyof type parameter inside a generic method (not a top-level function) is rejected
class Reader {
  read<T, K extends keyof T>(o: T, k: K): T[K] { return o[k]; }
}
console.log(new Reader().read({ a: 1 }, "a"));
