// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a recursive inner function walks a tree while updating outer counters
interface Node {
  value: number;
  children: Node[];
}
function mk(value: number, ...children: Node[]): Node {
  return { value, children };
}
const tree: Node = mk(1, mk(2, mk(4), mk(5, mk(8))), mk(3, mk(6), mk(7, mk(9), mk(10))));
function stats(root: Node): string {
  let sum = 0;
  let leaves = 0;
  let maxDepth = 0;
  const path: number[] = [];
  const paths: string[] = [];
  function walk(n: Node, depth: number): void {
    sum += n.value;
    path.push(n.value);
    if (depth > maxDepth) maxDepth = depth;
    if (n.children.length === 0) {
      leaves++;
      paths.push(path.join(">"));
    }
    for (const c of n.children) walk(c, depth + 1);
    path.pop();
  }
  walk(root, 0);
  return sum + " " + leaves + " " + maxDepth + " " + paths.join(" ");
}
console.log(stats(tree));
console.log(stats(mk(7)));
