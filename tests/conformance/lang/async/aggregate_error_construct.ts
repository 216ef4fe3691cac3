// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// new AggregateError(errors, message): errors copied from arrays of any element type
const a = new AggregateError([1, 2, 3], "numbers");
console.log(a.message, a.name, a.errors);
const b = new AggregateError(["x", "y"], "strings");
console.log(b.errors, b.errors.length);
const c = new AggregateError([]);
console.log(JSON.stringify(c.message), c.errors);
const mixed: (string | number | boolean | null)[] = ["s", 4, true, null];
const d = new AggregateError(mixed, "mixed");
mixed.push(5);
console.log(d.errors, mixed.length, d.errors.length);
console.log(d instanceof AggregateError, d instanceof Error, d instanceof TypeError);
const inner = new AggregateError([new RangeError("r").message, new TypeError("t").name], "wrapped");
console.log(inner.errors);
const e: Error = new AggregateError([0], "as error");
console.log(e.message, e.name);
console.log(String(e), `${d}`);
