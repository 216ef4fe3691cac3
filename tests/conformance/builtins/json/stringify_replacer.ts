// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify with a replacer function and a property allow-list array
const v = { a: 1, b: "two", c: [3, 4], d: { a: 5, e: 6 } };
console.log(JSON.stringify(v, ["a", "d"]));
console.log(JSON.stringify(v, (k, val: unknown) => (typeof val === "number" ? val * 10 : val)));
console.log(JSON.stringify(v, (k, val: unknown) => (k === "c" ? undefined : val)));
const seen: string[] = [];
JSON.stringify(v, (k, val: unknown) => {
  seen.push(k === "" ? "<root>" : k);
  return val;
});
console.log(seen.join(","));
