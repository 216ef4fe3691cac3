// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.any rejects with an AggregateError listing the reasons in input order
function failAfter(ms: number, reason: string): Promise<number> {
  return new Promise<number>((_resolve, reject) => setTimeout(() => reject(reason), ms));
}
Promise.any([failAfter(30, "a"), failAfter(10, "b"), failAfter(20, "c")]).then(
  (v) => console.log("unexpected", v),
  (e: unknown) => {
    console.log(e instanceof AggregateError, e instanceof Error);
    if (e instanceof AggregateError) {
      console.log(e.name);
      console.log(e.message);
      console.log(e.errors);
      console.log(e.errors.length, e.errors[0], e.errors[2]);
    }
  },
);
