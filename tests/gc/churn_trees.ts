// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Churn: binary trees of depth 12 built and dropped while one tree stays alive.
class TreeNode {
  constructor(public left: TreeNode | null, public right: TreeNode | null) {}
}
function build(depth: number): TreeNode {
  return depth > 0 ? new TreeNode(build(depth - 1), build(depth - 1)) : new TreeNode(null, null);
}
function count(t: TreeNode): number {
  const l = t.left;
  const r = t.right;
  return 1 + (l === null ? 0 : count(l)) + (r === null ? 0 : count(r));
}
const NODE_BYTES = 16;
const keep = build(10);
let total = 0;
let nodes = 0;
for (let round = 0; round < 1700; round++) {
  nodes += count(build(12));
  total += 8191 * NODE_BYTES;
}
console.log('nodes ' + nodes + ', kept ' + count(keep));
console.log('bytes>=' + total);
