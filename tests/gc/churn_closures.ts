// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Churn: closures over mutable captured variables, made and dropped in bulk.
function counter(start: number): () => number {
  let n = start;
  return () => {
    n = n + 1;
    return n;
  };
}
const CLOSURE_BYTES = 32; // a closure object and its box of `n`: at least two headers
let total = 0;
let sum = 0;
for (let round = 0; round < 15000; round++) {
  const fs: (() => number)[] = [];
  for (let i = 0; i < 500; i++) fs.push(counter(i));
  total += 500 * CLOSURE_BYTES;
  for (const f of fs) sum = (sum + f() + f()) % 1000003;
}
console.log('sum ' + sum);
console.log('bytes>=' + total);
