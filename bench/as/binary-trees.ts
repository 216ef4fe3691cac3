// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// binary-trees, AssemblyScript: bench/programs/binary-trees.ts with i32.
import { print } from './env';

class TreeNode {
  constructor(public left: TreeNode | null, public right: TreeNode | null) {}
}

function bottomUp(depth: i32): TreeNode {
  return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null);
}

function check(node: TreeNode): i32 {
  const l = node.left;
  const r = node.right;
  if (l === null || r === null) return 1;
  return 1 + check(l) + check(r);
}

export function main(): void {
  const maxDepth: i32 = 17;
  const stretchDepth: i32 = maxDepth + 1;
  print('stretch tree of depth ' + stretchDepth.toString() + '\t check: ' + check(bottomUp(stretchDepth)).toString());
  const longLived = bottomUp(maxDepth);
  for (let depth: i32 = 4; depth <= maxDepth; depth += 2) {
    const iterations: i32 = 1 << (maxDepth - depth + 4);
    let sum: i32 = 0;
    for (let i = 0; i < iterations; i++) sum += check(bottomUp(depth));
    print(iterations.toString() + '\t trees of depth ' + depth.toString() + '\t check: ' + sum.toString());
  }
  print('long lived tree of depth ' + maxDepth.toString() + '\t check: ' + check(longLived).toString());
}
