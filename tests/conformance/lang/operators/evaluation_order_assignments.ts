// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: left-to-right evaluation of operands, member/index targets read before right side, chained assignment
const log: string[] = [];
function v(label: string, n: number): number {
  log.push(label);
  return n;
}
console.log(v("a", 1) + v("b", 2) * v("c", 3), log.join(""));
log.length = 0;
console.log(v("a", 2) ** v("b", 3) ** v("c", 2), log.join(""));
log.length = 0;
console.log(v("a", 10) - v("b", 4) - v("c", 3), log.join(""));
log.length = 0;
console.log(v("a", 0) && v("b", 1), v("c", 5) || v("d", 6), v("e", 0) || v("f", 0), log.join(""));
log.length = 0;
const arr = [10, 20, 30];
let i = 0;
arr[i++] += arr[i] * 100;
console.log(arr.join(","), i);
arr[v("idx", 2)] = v("rhs", 7);
console.log(arr.join(","), log.join(","));
log.length = 0;
let x = 1;
x += (x = 5) + x;
console.log(x);
let y = 2;
y = y++ + ++y;
console.log(y);
let a = 0, b = 0, c = 0;
a = b = c = v("chain", 9);
console.log(a, b, c, log.join(""));
const obj = { n: 1, m: 2 };
obj.n += obj.m *= obj.n + 3;
console.log(obj.n, obj.m);
let s = "s";
s += s += "t";
console.log(s);
let q = 3;
const cmp = q < (q = 1) ? "lt" : "ge";
console.log(cmp, q);
