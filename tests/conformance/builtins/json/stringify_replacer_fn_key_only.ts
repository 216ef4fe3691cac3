// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: replacer functions declaring fewer parameters, a named function and a function value in a variable
function upper(key: string, value: unknown): unknown {
  return typeof value === "string" ? value.toUpperCase() : value;
}
const noArgs = (): unknown => 1;
const keyOnly = (key: string): unknown => key.length;
const obj = { name: "ada", tags: ["x", "y"], n: 3 };
console.log(JSON.stringify(obj, upper));
console.log(JSON.stringify(obj, noArgs), JSON.stringify(obj, keyOnly));
const pick: (k: string, v: unknown) => unknown = (k, v) => (k === "tags" ? undefined : v);
console.log(JSON.stringify(obj, pick, "--"));
