// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// passing an object literal variable where a record parameter is expected
function total(r: { [k: string]: number }): number {
  let t = 0;
  for (const k of Object.keys(r)) t += r[k];
  return t;
}
const scores = { ann: 1, bob: 2 };
console.log(total(scores));
