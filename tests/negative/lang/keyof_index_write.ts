// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// writing through a keyof type parameter (o[k] = v) is rejected
function set<T, K extends keyof T>(o: T, k: K, v: T[K]): void { o[k] = v; }
const p = { x: 1 };
set(p, "x", 2);
console.log(p.x);
