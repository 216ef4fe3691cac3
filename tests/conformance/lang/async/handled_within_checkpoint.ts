// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a rejection handled later in the same microtask checkpoint is not reported
const p = Promise.reject("late");
Promise.resolve()
  .then(() => null)
  .then(() => {
    p.catch((r: unknown) => console.log("caught late:", r));
  });
const q = Promise.any([Promise.reject("x")]);
queueMicrotask(() => {
  q.catch((e: unknown) => console.log("caught aggregate:", (e as AggregateError).errors));
});
setTimeout(() => console.log("done"), 0);
