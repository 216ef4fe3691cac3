// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// templates: recursive rendering of a tree into indented text, JSON-like output built with templates and escapes
interface TreeNode {
  name: string;
  size?: number;
  kids?: TreeNode[];
}
const tree: TreeNode = {
  name: "root",
  kids: [
    { name: "src", kids: [{ name: "main.ts", size: 1200 }, { name: "util.ts", size: 300 }] },
    { name: "README.md", size: 42 },
    { name: "empty", kids: [] },
  ],
};
function total(n: TreeNode): number {
  return (n.size ?? 0) + (n.kids ?? []).reduce((s, k) => s + total(k), 0);
}
function render(n: TreeNode, depth: number, last: boolean, prefix: string): string {
  const branch = depth === 0 ? "" : `${prefix}${last ? "└─ " : "├─ "}`;
  const line = `${branch}${n.name}${n.kids ? "/" : ""} (${total(n)}${n.size === undefined ? " total" : " B"})`;
  const kids = n.kids ?? [];
  const childPrefix = depth === 0 ? "" : `${prefix}${last ? "   " : "│  "}`;
  return [line, ...kids.map((k, i) => render(k, depth + 1, i === kids.length - 1, childPrefix))].join("\n");
}
console.log(render(tree, 0, true, ""));
function toJson(n: TreeNode): string {
  const parts = [`"name":"${n.name.split('"').join('\\"')}"`];
  if (n.size !== undefined) parts.push(`"size":${n.size}`);
  if (n.kids) parts.push(`"kids":[${n.kids.map(toJson).join(",")}]`);
  return `{${parts.join(",")}}`;
}
const js = toJson(tree);
console.log(js);
console.log(js === JSON.stringify(tree), js.length);
let table = "";
for (let r = 1; r <= 4; r++) {
  let row = "";
  for (let c = 1; c <= 4; c++) row += `${`${r * c}`.padStart(3)}`;
  table += `${row}\n`;
}
console.log(table.trimEnd());
