// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// binary-trees: the Benchmarks Game program — many short-lived small objects,
// nullable references, recursion. Exercises the allocator and collector.

class TreeNode {
  constructor(public left: TreeNode | null, public right: TreeNode | null) {}
}

function bottomUp(depth: number): TreeNode {
  return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null);
}

function check(node: TreeNode): number {
  const l: TreeNode | null = node.left;
  const r: TreeNode | null = node.right;
  if (l === null || r === null) return 1;
  return 1 + check(l) + check(r);
}

const maxDepth: number = 17;
const stretchDepth: number = maxDepth + 1;
console.log('stretch tree of depth ' + stretchDepth + '\t check: ' + check(bottomUp(stretchDepth)));
const longLived: TreeNode = bottomUp(maxDepth);
for (let depth = 4; depth <= maxDepth; depth += 2) {
  const iterations: number = 1 << (maxDepth - depth + 4);
  let sum: number = 0;
  for (let i = 0; i < iterations; i++) sum += check(bottomUp(depth));
  console.log(iterations + '\t trees of depth ' + depth + '\t check: ' + sum);
}
console.log('long lived tree of depth ' + maxDepth + '\t check: ' + check(longLived));
