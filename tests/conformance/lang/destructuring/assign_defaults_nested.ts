// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring assignment: defaults, holes, rest and nested patterns
let first = 0;
let second = 0;
let rest: number[] = [];
[first, , second = 42, ...rest] = [1, 2];
console.log(first, second, rest);
[first, , second = 42, ...rest] = [1, 2, 3, 4, 5];
console.log(first, second, rest);
let p = 0;
let q = 0;
const grid: number[][] = [[1, 2], [3, 4]];
[[p], [, q]] = grid;
console.log(p, q);
let name = "";
let tags: string[] = [];
interface Item { name: string; tags: string[]; note?: string }
const item: Item = { name: "lamp", tags: ["home", "light"] };
let note = "";
({ name, tags, note = "none" } = item);
console.log(name, tags, note);
let firstTag = "";
({ tags: [firstTag] } = item);
console.log(firstTag);
