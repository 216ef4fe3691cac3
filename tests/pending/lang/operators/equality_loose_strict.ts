// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: == and === across number, string, boolean, null and undefined operands
const pairs: Array<[unknown, unknown]> = [
  [1, 1],
  [1, "1"],
  [0, ""],
  [0, "0"],
  ["", "0"],
  [null, undefined],
  [null, 0],
  [undefined, 0],
  [NaN, NaN],
  [0, -0],
  [true, 1],
  [false, "0"],
  ["abc", "abc"],
];
for (const [a, b] of pairs) {
  console.log(String(a), String(b), a == b, a === b, a != b, a !== b, Object.is(a, b));
}
