// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: records of records and of arrays
const graph: Record<string, string[]> = { a: ["b", "c"], b: ["c"], c: [] };
graph["d"] = ["a"];
graph["c"].push("d");
console.log(graph);
const matrix: Record<string, Record<string, number>> = {};
for (const from of Object.keys(graph)) {
  matrix[from] = {};
  for (const to of graph[from]) matrix[from][to] = from.charCodeAt(0) - to.charCodeAt(0);
}
console.log(matrix);
console.log(Object.entries(matrix).map(([k, row]) => k + "->" + Object.keys(row).join("")).join(" "));
