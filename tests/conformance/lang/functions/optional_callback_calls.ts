// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: optional calls cb?.(x) on parameters, fields, array elements and call results
interface Hooks {
  before?: (name: string) => void;
  after?: (name: string, ms: number) => string;
}
const log: string[] = [];
function run(name: string, hooks: Hooks): string {
  hooks.before?.(name);
  const r = hooks.after?.(name, 5);
  return r ?? "no after";
}
console.log(run("a", {}));
console.log(run("b", { before: (n) => { log.push("before " + n); } }));
console.log(run("c", { after: (n, ms) => n + " took " + ms }));
console.log(log.join("; "));
function each(xs: number[], cb?: (x: number, i: number) => void): number {
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    cb?.(xs[i], i);
    n++;
  }
  return n;
}
let seen = "";
console.log(each([1, 2, 3]), each([4, 5], (x, i) => { seen += i + ":" + x + " "; }), seen);
const maybeFns: Array<((x: number) => number) | undefined> = [(x) => x + 1, undefined, (x) => x * 10];
console.log(maybeFns.map((f) => f?.(5) ?? -1).join(","));
console.log(maybeFns[0]?.(1), maybeFns[1]?.(1), maybeFns[2]?.(1));
function finder(key: string): ((s: string) => string) | null {
  return key === "up" ? (s) => s.toUpperCase() : null;
}
console.log(finder("up")?.("x"), finder("down")?.("x"));
let calls = 0;
function arg(): number {
  calls++;
  return calls;
}
function nothing(): ((n: number) => number) | undefined {
  return undefined;
}
console.log(nothing()?.(arg()), calls, finder("up")?.(String(arg())), calls);
