// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: parse of primitives, whitespace, number forms and nested structures
const n: number = JSON.parse(" \t\n 42 ");
const f: number = JSON.parse("-0.5e-3");
const z: number = JSON.parse("-0");
const b: boolean = JSON.parse("false");
const nul: null = JSON.parse("null");
const big: number = JSON.parse("1e400");
console.log(n, f, Object.is(z, -0), b, nul, big);
const arr: Array<number | string | boolean | null> = JSON.parse('[1, "s", true, null]');
console.log(arr.map((x) => typeof x).join(","));
const obj: { [k: string]: number } = JSON.parse('{"a": 1, "a": 2, "b": 3}');
console.log(obj.a, Object.keys(obj).length);
