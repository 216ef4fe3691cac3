// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// union types with null and undefined, narrowing by typeof, equality, truthiness, in and discriminants
function describe(v: string | number | boolean | null | undefined): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "string") return "string " + v.length;
  if (typeof v === "number") return "number " + v.toFixed(2);
  return "boolean " + (v ? "yes" : "no");
}
console.log(describe(null), describe(undefined), describe("abc"), describe(3.14159), describe(false));
type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number } | { kind: "dot" };
function area(s: Shape): number {
  switch (s.kind) {
    case "circle":
      return 3 * s.r * s.r;
    case "rect":
      return s.w * s.h;
    case "dot":
      return 0;
  }
}
console.log(area({ kind: "circle", r: 2 }), area({ kind: "rect", w: 2, h: 5 }), area({ kind: "dot" }));
function len(s: string | null): number {
  return s?.length ?? -1;
}
console.log(len("four"), len(null));
let maybe: number | undefined;
console.log(maybe, maybe ?? 10, (maybe ||= 5), maybe, (maybe &&= 7), maybe);
let nn: string | null = null;
nn ??= "set";
console.log(nn);
function pick(o: { a: number } | { b: string }): string {
  return "a" in o ? "a=" + o.a : "b=" + o.b;
}
console.log(pick({ a: 1 }), pick({ b: "x" }));
console.log(null, undefined, [null, undefined], typeof null, typeof undefined);
