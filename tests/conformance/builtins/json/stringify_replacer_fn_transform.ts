// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: a replacer function that drops, renames through values, and replaces with new objects and arrays
const v = { id: 7, secret: "pw", nested: { secret: "x", keep: true }, list: [1, 2, 3], when: "2020" };
console.log(JSON.stringify(v, (k: string, x: unknown) => (k === "secret" ? undefined : x)));
console.log(JSON.stringify(v, (k: string, x: unknown) => (typeof x === "number" ? String(x) : x)));
console.log(JSON.stringify(v, (k: string, x: unknown) => (k === "list" ? { count: 3 } : k === "when" ? [k, 1] : x)));
console.log(JSON.stringify(v, (k: string, x: unknown) => (typeof x === "boolean" ? null : x), 2));
console.log(JSON.stringify([1, "a", true, null], (k: string, x: unknown) => (k === "1" ? undefined : x)));
console.log(JSON.stringify(5, (k: string, x: unknown) => (typeof x === "number" ? x * 2 : x)));
console.log(JSON.stringify({ a: 1 }, (k: string, x: unknown) => (k === "" ? undefined : x)));
