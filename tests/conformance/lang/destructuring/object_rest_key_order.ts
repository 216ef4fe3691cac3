// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: object rest keeps the source's key order, quoted keys and integer-like keys as Node prints them
interface Odd { "b c": number; z: string; 10: boolean; a: number; 2: string }
const o: Odd = { "b c": 1, z: "zed", 10: true, a: 5, 2: "two" };
const { a, ...rest } = o;
console.log(a, rest);
const { z, "b c": bc, ...more } = o;
console.log(z, bc, more);
console.log(rest.z, more.a);
