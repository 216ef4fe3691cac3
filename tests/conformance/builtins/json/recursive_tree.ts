// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: parse into a recursive interface, walk it, modify it and stringify with indentation
interface TreeNode { name: string; size: number; children: TreeNode[]; }
const src = '{"name":"root","size":1,"children":[{"name":"a","size":2,"children":[{"name":"a1","size":3,"children":[]}]},{"name":"b","size":4,"children":[]}]}';
const t: TreeNode = JSON.parse(src);
function total(n: TreeNode): number { return n.children.reduce((s, c) => s + total(c), n.size); }
function depth(n: TreeNode): number { return 1 + Math.max(0, ...n.children.map(depth)); }
function names(n: TreeNode, pre: string, out: string[]): string[] { out.push(pre + n.name); for (const c of n.children) names(c, pre + "  ", out); return out; }
console.log(total(t), depth(t));
console.log(names(t, "", []).join("\n"));
t.children[1].children.push({ name: "b1", size: 10, children: [] });
t.children.reverse();
console.log(JSON.stringify(t, null, 2));
console.log(JSON.stringify(t) === src, JSON.stringify(t, ["name", "children"]));
console.log(t);
