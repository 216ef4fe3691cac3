// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.any over a Set (an iterable that is not an array) is rejected
const pending = new Set<Promise<number>>([Promise.resolve(1)]);
Promise.any(pending).then((v) => console.log(v));
