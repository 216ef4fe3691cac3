// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an explicit any annotation on a parameter is rejected
function show(v: any): void {
  console.log(v);
}
show(1);
