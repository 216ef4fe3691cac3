// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: typeof results for every kind of value, including functions, classes and null
class K {}
const vals: unknown[] = [1, NaN, "s", "", true, undefined, null, {}, [], () => 1, K, new K(), new Map(), Math.max];
console.log(vals.map((v) => typeof v).join(" "));
const t = typeof vals;
console.log(t, typeof typeof 1);
let u: string | undefined;
console.log(typeof u === "undefined", typeof u);
