// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: a generic function typed through a generic function-type alias Cmp<T>, its result called
type Cmp<T> = (a: T, b: T) => number;
function reverse<T>(c: Cmp<T>): Cmp<T> {
  return (a, b) => c(b, a);
}
const byLen = (a: string, b: string): number => a.length - b.length;
const r = reverse(byLen);
console.log(r("ab", "c"));
