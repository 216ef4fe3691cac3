// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: several closures sharing one captured variable observe each other's writes
function makeStack(): { push: (v: number) => void; pop: () => number; size: () => number; peek: () => number } {
  let items: number[] = [];
  let count: number = 0;
  return {
    push: (v: number) => {
      items[count] = v;
      count++;
    },
    pop: () => {
      count--;
      const v = items[count];
      items = items.slice(0, count);
      return v;
    },
    size: () => count,
    peek: () => items[count - 1],
  };
}
const s = makeStack();
s.push(1);
s.push(2);
s.push(3);
console.log(s.size(), s.peek(), s.pop(), s.pop(), s.size());
s.push(9);
console.log(s.peek(), s.size());
