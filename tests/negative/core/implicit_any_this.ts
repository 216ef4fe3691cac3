// expect-error: TS2683
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// this inside a plain function is implicitly any: TypeScript reports TS2683 under strict
function f(): number {
  return this.x;
}
console.log(f());
