// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// WeakRef is a library API tsxen does not provide
const target: { v: number } = { v: 1 };
const r: WeakRef<{ v: number }> = new WeakRef(target);
console.log(r.deref() === target);
