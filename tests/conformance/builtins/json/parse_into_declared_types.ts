// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: parse text into declared interface types and use the typed fields
interface User {
  id: number;
  name: string;
  tags: string[];
  address: { city: string; zip: string | null };
  active: boolean;
}
const text = '{"id": 7, "name": "Ada", "tags": ["x", "y"], "address": {"city": "Paris", "zip": null}, "active": true}';
const u: User = JSON.parse(text);
console.log(u.id + 1, u.name.toUpperCase(), u.tags.length, u.address.city, u.address.zip === null, u.active);
const nums: number[] = JSON.parse("[1, 2.5, -3e2, 0]");
console.log(nums.reduce((a, b) => a + b, 0));
const matrix: number[][] = JSON.parse("[[1,2],[3,4]]");
console.log(matrix[1][0], matrix.flat().join(""));
const s: string = JSON.parse('"a\\u0041\\n"');
console.log(JSON.stringify(s), s.length);
