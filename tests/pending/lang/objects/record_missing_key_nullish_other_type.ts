// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: `r[k] ?? d` on a missing record key where d has another type than the values (prints 0, not d)
const r: Record<string, number> = { a: 1 };
console.log(r["zz"] ?? "default");
const v = r["zz"] ?? "d";
console.log(v);
console.log(r["a"] ?? "default");
