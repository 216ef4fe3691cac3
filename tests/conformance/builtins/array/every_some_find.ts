// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: every/some/find/findIndex on empty arrays, short-circuit call counts, index and array arguments
const a = [4, 8, 15, 16, 23, 42];
let calls = 0;
const even = (x: number): boolean => { calls++; return x % 2 === 0; };
console.log(a.every(even), calls); calls = 0;
console.log(a.some((x) => { calls++; return x > 10; }), calls); calls = 0;
console.log(a.find((x) => { calls++; return x > 15; }), calls); calls = 0;
console.log(a.findIndex((x) => { calls++; return x > 100; }), calls); calls = 0;
console.log(a.find((x) => x > 100), a.findIndex((x) => x === 4));
const e: number[] = [];
console.log(e.every(() => false), e.some(() => true), e.find(() => true), e.findIndex(() => true));
console.log(a.every((x, i, arr) => arr[i] === x && i < arr.length));
console.log(a.some((x, i) => i === 5 && x === 42));
interface P { id: number; tag: string; }
const ps: P[] = [{ id: 1, tag: "x" }, { id: 2, tag: "y" }, { id: 3, tag: "y" }];
const f = ps.find((p) => p.tag === "y");
console.log(f ? f.id : -1, ps.findIndex((p) => p.tag === "y"), ps.find((p) => p.tag === "z") === undefined);
const strs = ["", "a", "bb"];
console.log(strs.find((s) => s.length === 0) === "", strs.findIndex((s) => s === "bb"));
const nans = [1, NaN, 3];
console.log(nans.findIndex((x) => Number.isNaN(x)), nans.find((x) => x !== x));
