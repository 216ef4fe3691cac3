// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.allSettled and Promise.all of an empty array resolve at once
const none: Promise<number>[] = [];
Promise.resolve().then(() => console.log("first then"));
Promise.allSettled(none).then((r) => console.log("settled", r, r.length));
Promise.all(none).then((r) => console.log("all", r));
Promise.any(none).catch((e: unknown) => {
  if (e instanceof AggregateError) console.log("any", e.message, e.errors);
});
console.log("sync end");
