// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a captured const array is mutated through the closure and seen outside
const log: string[] = [];
const record = (s: string): number => log.push(s);
record("a");
record("b");
console.log(log.length, log.join(""));
function makeQueue(): [(v: number) => void, () => number | undefined, number[]] {
  const q: number[] = [];
  return [(v: number) => { q.push(v); }, () => q.shift(), q];
}
const [enq, deq, raw] = makeQueue();
enq(1);
enq(2);
enq(3);
console.log(deq(), raw.join(","));
raw.push(99);
console.log(deq(), deq(), deq(), deq());
