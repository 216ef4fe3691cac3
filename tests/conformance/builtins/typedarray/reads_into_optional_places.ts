// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed array reads past the end flow as undefined into arguments, results and array elements typed to hold it
const a = new Uint16Array([7, 8]);
function describe(x: number | undefined): string {
  return x === undefined ? "missing" : `value ${x}`;
}
console.log(describe(a[0]), describe(a[5]), describe(a[-1]));
function lookup(i: number): number | undefined {
  return a[i];
}
console.log(lookup(1), lookup(9), (lookup(9) ?? 100) + 1);
const get = (i: number): number | undefined => a[i];
console.log(get(0), get(2), get(2) === undefined);
const picked: (number | undefined)[] = [a[0], a[3], a[1]];
console.log(picked, picked.length, picked.indexOf(undefined));
function optional(x?: number): number {
  return x ?? -1;
}
console.log(optional(a[1]), optional(a[4]));
