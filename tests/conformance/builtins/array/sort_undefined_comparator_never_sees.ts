// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: a comparator is never called with undefined; undefined elements end up last, in a stable order among the rest
const a: (number | undefined)[] = [5, undefined, 3, undefined, 8, 1, undefined, 3];
let sawUndefined = false;
let calls = 0;
a.sort((x, y) => {
  calls++;
  if (x === undefined || y === undefined) sawUndefined = true;
  return (x ?? 0) - (y ?? 0);
});
console.log(a, sawUndefined, calls > 0);
const desc: (number | undefined)[] = [undefined, 1, 2, 3];
desc.sort((x, y) => (y ?? 0) - (x ?? 0));
console.log(desc);
const b: (string | undefined)[] = ["pear", undefined, "fig", "apple", undefined];
const sorted = b.sort((x, y) => (x === undefined ? -1 : y === undefined ? 1 : x.length - y.length));
console.log(sorted === b, b);
