// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: ?. short-circuits whole chains; ?? only replaces null and undefined (not 0, '' or NaN)
interface Node1 {
  val: number;
  next?: Node1 | null;
}
const list: Node1 = { val: 1, next: { val: 2, next: null } };
console.log(list.next?.val, list.next?.next?.val, list.next?.next?.next?.val);
const vals: Array<number | string | null | undefined | boolean> = [0, "", NaN, null, undefined, false, 5];
console.log(vals.map((v) => v ?? "D").join("|"));
console.log(vals.map((v) => v || "D").join("|"));
let calls = 0;
function side(): number {
  calls++;
  return 1;
}
function none(): { f(n: number): number } | undefined {
  return undefined;
}
const nothing = none();
console.log(nothing?.f(side()), calls);
let x: number | null = null;
x ??= 10;
x ??= 20;
let y: number | undefined = 0;
y ||= 7;
let z = 5;
z &&= 9;
console.log(x, y, z);
