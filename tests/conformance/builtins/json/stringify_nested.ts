// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify of nested arrays and objects, with undefined and functions omitted or nulled
const data = {
  name: "x",
  list: [1, "two", true, null, [3, [4]], { deep: { deeper: [] } }],
  empty: {},
  emptyArr: [],
  missing: undefined,
  fn: () => 1,
};
console.log(JSON.stringify(data));
console.log(JSON.stringify([undefined, () => 1, null]));
console.log(JSON.stringify(undefined), JSON.stringify(null), JSON.stringify(true), JSON.stringify("s"));
console.log(JSON.stringify({ a: [{}, [{}]] }), JSON.stringify([[[]]]));
