// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Closures that throw, stored in fields and passed as callbacks (sort comparators, forEach, map), between functions that never throw.

class Handler {
  calls = 0;
  constructor(readonly onValue: (x: number) => number) {}
  run(x: number): number {
    this.calls++;
    return this.onValue(x) + 1;
  }
}

function plain(x: number): number {
  return x * 2;
}

function strict(x: number): number {
  if (x > 10) throw new Error(`too big: ${x}`);
  return x;
}

function apply(h: Handler, xs: number[]): number[] {
  const out: number[] = [];
  for (const x of xs) out.push(h.run(x));
  return out;
}

const handlers = [new Handler(plain), new Handler(strict), new Handler((x) => x - 1)];
for (const h of handlers) {
  try {
    console.log(apply(h, [1, 5, 20, 3]).join(','));
  } catch (e) {
    console.log('handler threw', (e as Error).message, 'after', h.calls, 'calls');
  }
}

function sortChecked(xs: number[], limit: number): number[] {
  return xs.slice().sort((a, b) => {
    if (a > limit || b > limit) throw new Error(`over ${limit}`);
    return a - b;
  });
}
console.log(sortChecked([3, 1, 2], 5).join(' '));
try {
  console.log(sortChecked([3, 1, 9, 2], 5).join(' '));
} catch (e) {
  console.log('sort threw', (e as Error).message);
}

let seen = 0;
try {
  [1, 2, 3, 4].forEach((x) => {
    seen += x;
    if (x === 3) throw new Error('stop at 3');
  });
} catch (e) {
  console.log((e as Error).message, seen);
}

try {
  console.log([1, 2, 30].map(strict).join(','));
} catch (e) {
  console.log('map threw', (e as Error).message);
}

const later = { fn: (n: number): number => n };
console.log(later.fn(4));
later.fn = (n: number): number => {
  throw new Error(`late ${n}`);
};
try {
  console.log(later.fn(5));
} catch (e) {
  console.log((e as Error).message);
}
handlers[0].run(1);
console.log(handlers.map((h) => h.calls).join('/'));
new Handler(strict).run(11);
