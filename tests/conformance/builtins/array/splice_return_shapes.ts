// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: splice with zero, one, two and many arguments on strings, including negative deleteCount and fractional start
function run(label: string, f: (a: string[]) => string[]): void {
  const a = ["a", "b", "c", "d", "e"];
  const r = f(a);
  console.log(label.padEnd(14), JSON.stringify(r), JSON.stringify(a), r.length, a.length);
}
run("none", (a) => a.splice(0, 0));
run("start1", (a) => a.splice(1));
run("start-1", (a) => a.splice(-1));
run("start-9", (a) => a.splice(-9));
run("start9", (a) => a.splice(9));
run("frac", (a) => a.splice(1.7, 1.9));
run("negfrac", (a) => a.splice(-1.5, 1));
run("del-3", (a) => a.splice(1, -3, "X"));
run("delInf", (a) => a.splice(2, Infinity));
run("delNaN", (a) => a.splice(2, NaN, "Y", "Z"));
run("startNaN", (a) => a.splice(NaN, 2));
run("replaceAll", (a) => a.splice(0, 5, "1", "2"));
run("grow", (a) => a.splice(5, 0, "f", "g", "h"));
run("middle", (a) => a.splice(2, 1, "p", "q", "r", "s"));
const nested: number[][] = [[1], [2], [3]];
const got = nested.splice(1, 1, [9, 9]);
got[0].push(22);
console.log(JSON.stringify(nested), JSON.stringify(got));
