// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: spreading records into a record literal, later keys overriding
const base: Record<string, number> = { a: 1, b: 2, 5: 50 };
const extra: Record<string, number> = { b: 20, c: 30, 1: 10 };
const merged: Record<string, number> = { ...base, z: 0, ...extra, a: 100 };
console.log(merged);
console.log(base, extra);
const copy: Record<string, number> = { ...merged };
copy["a"] = -1;
console.log(copy["a"], merged["a"]);
