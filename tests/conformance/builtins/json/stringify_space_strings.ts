// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify's space argument as a string: its first ten code units indent each level
const v = { list: [1, [2, [3]]], obj: { deep: { deeper: true } } };
for (const s of ["", "\t", "ab", "0123456789", "0123456789XYZ", "<>", " \u00e9"]) {
  console.log(JSON.stringify(s));
  console.log(JSON.stringify(v, null, s));
}
