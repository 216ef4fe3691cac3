// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: numeric strings sorted lexicographically versus by Number, and zero-padded keys
const ids = ["10", "9", "100", "1", "09", "001", "2"];
console.log(ids.slice().sort().join(" "));
console.log(ids.slice().sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : 1)).join(" "));
console.log(ids.map((s) => s.padStart(3, "0")).sort().join(" "));
