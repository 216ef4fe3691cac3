// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: join with default and custom separators; null and undefined become empty; nested arrays flatten
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "), [].join(), [5].join("x"));
console.log([null, undefined, 1, NaN, -0, true].join(","));
console.log([[1, 2], [3, [4, 5]]].join(";"), String([1, [2, 3]]), [1, 2] + "");
console.log([0.1 + 0.2, 1e21, 1 / 3].join(" "));
