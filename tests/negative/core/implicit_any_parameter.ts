// expect-error: TS7006
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a parameter without a type annotation is implicitly any: TypeScript reports TS7006 under strict
function f(x) {
  return x;
}
console.log(f(1));
