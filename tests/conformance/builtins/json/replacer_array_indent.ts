// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: a replacer key list with indentation, numeric keys, duplicates, keys absent from some objects; arrays unaffected
interface Item { id: number; name: string; price: number; tags: string[]; sub?: Item; }
const items: Item[] = [
  { id: 1, name: "pen", price: 1.5, tags: ["a"], sub: { id: 11, name: "cap", price: 0, tags: [] } },
  { id: 2, name: "ink", price: 3, tags: ["b", "c"] },
];
console.log(JSON.stringify(items, ["name", "sub", "id"], 2));
console.log(JSON.stringify(items, ["price", "price", "tags"]));
console.log(JSON.stringify(items, [], 1));
console.log(JSON.stringify({ 1: "one", 2: "two", x: "ex" }, [2, "x"]));
console.log(JSON.stringify(items[0], null, "->"));
console.log(JSON.stringify([[1, [2]], { a: [3] }], ["a"], 3));
