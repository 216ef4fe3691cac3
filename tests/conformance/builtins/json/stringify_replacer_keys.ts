// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a replacer array selects and orders keys at every object level; arrays are unaffected
const v = { b: 1, a: 2, c: { a: 3, b: 4, z: 5 }, list: [{ a: 6, q: 7 }, 8] };
console.log(JSON.stringify(v, ["a", "b"]));
console.log(JSON.stringify(v, ["c", "a", "list"]));
console.log(JSON.stringify(v, ["list", "q", "a", "a"]));
console.log(JSON.stringify(v, []));
console.log(JSON.stringify(v, null), JSON.stringify(v, undefined));
console.log(JSON.stringify(v, ["c", "z"], 2));
const keys: string[] = ["missing", "b"];
console.log(JSON.stringify(v, keys));
