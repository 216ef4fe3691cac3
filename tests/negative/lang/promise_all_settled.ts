// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.allSettled over a Map's values (an iterator, not an array) is rejected
const jobs = new Map<string, Promise<number>>([["a", Promise.resolve(1)]]);
Promise.allSettled(jobs.values()).then((r) => console.log(r.length));
