// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse at the top level: numbers, strings, booleans, null and unions of them
const n: number = JSON.parse("42");
const s: string = JSON.parse('"text"');
const t: boolean = JSON.parse("true");
const f = JSON.parse("false") as boolean;
const nul: null = JSON.parse("null");
const u1: number | string = JSON.parse('"either"');
const u2: number | string = JSON.parse("7");
const maybe: string | null = JSON.parse("null");
console.log(n + 1, s.length, t, f, nul, typeof u1, typeof u2, maybe === null);
function load(text: string): number[] {
  return JSON.parse(text);
}
console.log(load("[3,2,1]").sort().join());
