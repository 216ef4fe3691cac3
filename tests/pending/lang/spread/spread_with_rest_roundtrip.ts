// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread: rest parameters forwarded by spread through several layers of calls
function log(prefix: string, ...args: Array<string | number>): string {
  return prefix + ":" + args.join(",");
}
function wrap(...args: Array<string | number>): string {
  return log("wrap", ...args, "end");
}
function twice(...args: number[]): string {
  return wrap(...args, ...args.map((x) => x * 2));
}
console.log(twice(), twice(1), twice(1, 2, 3));
const matrix = [
  [1, 2],
  [3, 4],
  [5, 6],
];
console.log(([] as number[]).concat(...matrix).join(" "), Math.max(...matrix.map((r) => Math.max(...r))));
