// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread: array spread copies, concatenates, spreads strings, Sets and Map entries
const a = [1, 2];
const b = [...a, 3, ...a];
const copy = [...b];
copy[0] = 99;
console.log(b, copy, b.length);
console.log([..."abc", ...[]], [...new Set([3, 3, 1, 2, 1])]);
const m = new Map([
  ["k", 1],
  ["j", 2],
]);
console.log([...m], [...m.keys()], [...m.values()]);
const nested = [[1], [2]];
const shallow = [...nested];
shallow[0].push(100);
console.log(nested[0], shallow === nested);
