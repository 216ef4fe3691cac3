// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a class extending AggregateError is rejected (its constructor takes the errors first)
class BatchError extends AggregateError {
  constructor(errors: unknown[]) {
    super(errors, "batch failed");
  }
}
console.log(new BatchError([1]).message);
