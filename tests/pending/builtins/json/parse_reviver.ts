// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: parse with a reviver that transforms and drops values, visiting children before parents
const order: string[] = [];
const v: { a: number; b: number[]; c: { d: number } } = JSON.parse('{"a": 1, "b": [2, 3], "c": {"d": 4, "drop": 5}}', (k, val: unknown) => {
  order.push(k === "" ? "<root>" : k);
  if (k === "drop") return undefined;
  return typeof val === "number" ? val * 100 : val;
});
console.log(JSON.stringify(v), order.join(","));
