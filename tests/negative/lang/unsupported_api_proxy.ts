// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Proxy is a library API tsxen does not provide
const target: { n: number } = { n: 1 };
const p = new Proxy(target, {
  get(t: { n: number }, k: string | symbol): number {
    return k === "n" ? t.n * 10 : 0;
  },
});
console.log(p.n);
