// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: default sort compares string forms, so numbers sort lexicographically, including mixed signs
console.log([10, 9, 1, 100, 25, 2].sort());
console.log([-1, -10, 2, -2, 0, 1, -0.5, 10].sort());
console.log([3, undefined, 1, undefined, 2].sort());
console.log(["b", "B", "a", "A", "_", "1", "é", "z"].sort());
console.log([1e21, 1e-7, 5, 0.5].sort());
console.log([true, false, true].sort());
