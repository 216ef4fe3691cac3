// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: the exact comparator call sequence of V8's typed-array merge sort, inconsistent comparators, and a throw that leaves the array as it was
function traced(values: Float64Array, cmp: (x: number, y: number) => number): string {
  let hash = 7;
  let calls = 0;
  const copy = values.slice();
  copy.sort((x: number, y: number): number => {
    calls++;
    hash = (hash * 31 + x * 7 + y + 1) % 1000000007;
    return cmp(x, y);
  });
  let check = 0;
  for (let i = 0; i < copy.length; i++) check = (check * 17 + copy[i]) % 1000000007;
  return `n=${values.length} calls=${calls} hash=${hash} result=${check}`;
}

let seed = 99;
for (const n of [2, 3, 7, 16, 17, 100, 1001]) {
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    data[i] = seed % 500;
  }
  console.log(traced(data, (x, y) => x - y));
  console.log(traced(data, (x, y) => ((x * 3 + y) % 3) - 1));
  console.log(traced(data, (x, y) => (x === y ? NaN : y - x)));
}

const ints = Int32Array.of(9, 4, 7, 1, 8, 2, 6, 3, 5);
let count = 0;
try {
  ints.sort((a: number, b: number): number => {
    count++;
    if (count === 6) throw new Error('at call ' + count + ': ' + a + ' vs ' + b);
    return a - b;
  });
} catch (e) {
  console.log((e as Error).message);
}
console.log(ints.join(','));
