// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: && || ?? returning operands of object, string and number kinds, chains mixing them with parentheses
class Cfg {
  constructor(public name: string) {}
}
function find(name: string): Cfg | undefined {
  return name === "" ? undefined : new Cfg(name);
}
const calls: string[] = [];
function f(label: string, v: number): number {
  calls.push(label);
  return v;
}
const a = find("x") || new Cfg("fallback");
const b = find("") || new Cfg("fallback");
const c = find("y") && find("z");
const d = find("") && find("z");
console.log(a.name, b.name, c?.name, d === undefined);
console.log((f("a", 0) || f("b", 2)) && f("c", 3), calls.join(""));
calls.length = 0;
console.log(f("a", 1) && (f("b", 0) ?? f("c", 5)), calls.join(""));
calls.length = 0;
console.log((f("a", 0) && f("b", 1)) ?? f("c", 2), calls.join(""));
calls.length = 0;
const strs = ["", "x", "y"];
const s1: string = strs[0] || "empty-fallback";
const s2 = strs[1] && strs[2];
const s3: string | null = [null, "z"][0];
console.log(s1, s2, s3 ?? "nul", (s3 || "f1") + (s3 ?? "f2"));
const nums = [0, -0, NaN, 1, -1, Infinity];
console.log(nums.map((n) => n || "falsy").join(","), nums.map((n) => n && "truthy").join(","));
let x: number | null = null;
let y: number | undefined = undefined;
const chain = x ?? y ?? (x = 4);
console.log(chain, x, y);
y ||= 7;
x &&= x + 1;
console.log(x, y);
