// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse of deeply nested arrays and a recursive type
interface Tree {
  v: number;
  kids: Tree[];
}
let text = "";
for (let i = 0; i < 60; i++) text += '{"v":' + i + ',"kids":[';
text += '{"v":60,"kids":[]}';
for (let i = 0; i < 60; i++) text += "]}";
const t: Tree = JSON.parse(text);
let depth = 0;
let sum = 0;
let cur: Tree | undefined = t;
while (cur) {
  sum += cur.v;
  depth++;
  cur = cur.kids.length ? cur.kids[0] : undefined;
}
console.log(depth, sum, JSON.stringify(t) === text);
const grid: number[][][] = JSON.parse("[[[1,2],[3]],[[4,5,6]],[]]");
console.log(grid.length, grid[0][1][0], grid[1][0].length, JSON.stringify(grid));
