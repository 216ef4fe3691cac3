// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: plain objects, quoted keys, nested objects and empty objects
console.log({ a: 1, b: "x" });
console.log({});
console.log({ "key with space": 1, valid_id: 2, "kebab-case": 3, $dollar: 4, 5: "five" });
console.log({ outer: { inner: { deep: { deeper: 1 } } } });
console.log({ arr: [1, 2], obj: { k: null }, u: undefined });
console.log([{ a: 1 }, { b: [2] }]);
