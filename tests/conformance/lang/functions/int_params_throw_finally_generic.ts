// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Integer results of functions that throw, return through finally, are generic, or are nested; each called only directly with integers.

const log: string[] = [];

function checked(x: number): number {
  if (x > 5) throw new Error('too big: ' + x);
  return x * 2 + 1;
}
function viaFinally(x: number): number {
  try {
    if (x === 3) return x + 100;
    return x + 1;
  } finally {
    log.push('finally ' + x);
  }
}
function caught(x: number): number {
  try {
    return checked(x) + 1;
  } catch (e) {
    return -1;
  }
}
function pick<T>(n: number, items: T[]): T {
  return items[n % items.length];
}
function outer(k: number): number {
  function inner(j: number): number {
    return j * 3 + k;
  }
  return inner(k) + inner(k + 1);
}
function steps(a: number, b: number): number {
  let s = 0;
  for (let i = a; i < b; i++) s += checked(i % 6);
  return s;
}

console.log(checked(1), checked(5), caught(4), caught(6), caught(7));
try {
  console.log(checked(9));
} catch (e) {
  console.log('caught', (e as Error).message);
}
console.log(viaFinally(1), viaFinally(3), viaFinally(7), log.join(', '));
console.log(pick(3, ['a', 'b']), pick(4, [10, 20, 30]), pick(0, [true]));
console.log(outer(2), outer(2147483647));
console.log(steps(0, 12), steps(3, 4));
