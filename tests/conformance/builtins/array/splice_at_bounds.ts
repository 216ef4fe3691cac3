// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: splice at index 0, at length, past length, with negative and huge counts, NaN start
const base = [10, 20, 30, 40];
const run = (label: string, f: (a: number[]) => number[]): void => {
  const a = base.slice();
  const removed = f(a);
  console.log(label, removed, a, a.length);
};
run("start0", (a) => a.splice(0, 1));
run("atLength", (a) => a.splice(4, 2, 99));
run("pastLength", (a) => a.splice(100, 1, 7, 8));
run("negStart", (a) => a.splice(-2));
run("veryNeg", (a) => a.splice(-100, 2));
run("negCount", (a) => a.splice(1, -5, 1, 2, 3));
run("hugeCount", (a) => a.splice(1, 1e9));
run("nanStart", (a) => a.splice(NaN, 1));
run("fraction", (a) => a.splice(1.9, 1.9));
run("infinity", (a) => a.splice(-Infinity, Infinity, 0));
run("replaceAll", (a) => a.splice(0, a.length, 1));
const empty: string[] = [];
console.log(empty.splice(0, 1), empty.splice(0, 0, "x"), empty);
