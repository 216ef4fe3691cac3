// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// AggregateError.errors is read as unknown[], but a callback parameter TypeScript types 'any' is still rejected
Promise.any([Promise.reject(1)]).catch((e: unknown) => {
  if (e instanceof AggregateError) e.errors.forEach((x) => console.log(x));
});
