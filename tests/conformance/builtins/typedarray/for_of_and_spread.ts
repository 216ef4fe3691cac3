// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: for-of, spreading into arrays and calls, Array.from, destructuring the spread copy
const a = new Int16Array([3, -7, 12, 0]);
let total = 0;
let shown = "";
for (const x of a) {
  total += x;
  shown += x + ";";
}
console.log(total, shown);
for (const x of new Float64Array(0)) console.log("never", x);
const copy = [...a];
copy.push(99);
console.log(copy.join(","), a.length, Math.max(...a), Math.min(...a, -100));
const [first, second, ...rest] = [...new Uint8Array([9, 8, 7, 6])];
console.log(first, second, rest.join(","));
const both = [...new Uint8Array([1, 2]), ...new Float32Array([0.5])];
console.log(both.join(","), Array.from(a).reverse().join(","));
let count = 0;
const u = new Uint8Array(5);
for (const x of u) {
  u[count + 1] = x + count + 1;
  count++;
}
console.log(u.join(","), count);
outer: for (const x of new Int32Array([1, 2, 3])) {
  for (const y of new Int32Array([10, 20])) {
    if (x * y === 40) break outer;
    if (y === 20) continue outer;
    console.log(x, y);
  }
}
