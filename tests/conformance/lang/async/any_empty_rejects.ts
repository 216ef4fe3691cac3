// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.any of an empty array rejects at once with an empty AggregateError
const empty: Promise<string>[] = [];
const p = Promise.any(empty);
Promise.resolve().then(() => console.log("tick 1"));
p.catch((e: unknown) => {
  const agg = e as AggregateError;
  console.log("rejected:", agg.message, agg.errors.length, agg.name);
});
Promise.resolve().then(() => console.log("tick 1 again")).then(() => console.log("tick 2"));
