// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: == and != against null and undefined, and between mixed primitive kinds in unions
function isMissing(v: number | string | null | undefined): boolean {
  return v == null;
}
const vals: Array<number | string | null | undefined> = [0, "", null, undefined, NaN, "0", 1];
console.log(vals.map(isMissing).join(" "));
console.log(vals.map((v) => v != undefined).join(" "));
const mixed: Array<number | string | boolean> = [1, "1", true, 0, "", false, "01", 2];
for (const a of mixed.slice(0, 4)) {
  console.log(String(a), mixed.map((b) => (a == b ? "=" : ".")).join(""));
}
let maybeFn: ((x: number) => number) | null = null;
console.log(maybeFn == null, maybeFn == undefined);
maybeFn = (x) => x;
console.log(maybeFn == null, maybeFn != null);
const arr = [1, 2];
const u: number[] | undefined = arr;
console.log(u == null, u == arr);
