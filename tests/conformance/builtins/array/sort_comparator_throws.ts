// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: a comparator that throws stops the sort and leaves the array exactly as it was; the comparator sees the array unchanged while sorting
const small: number[] = [5, 3, 8, 1, 9, 2];
let calls = 0;
try {
  small.sort((x: number, y: number): number => {
    calls++;
    if (calls === 4) throw new Error('stop at ' + x + ',' + y);
    return x - y;
  });
} catch (e) {
  console.log((e as Error).message, calls);
}
console.log(small.join(','));

const big: string[] = [];
for (let i = 0; i < 500; i++) big.push('k' + ((i * 7919) % 500));
let seen = 0;
try {
  big.sort((x: string, y: string): number => {
    seen++;
    if (seen === 2000) throw new RangeError('late');
    return x < y ? -1 : x > y ? 1 : 0;
  });
} catch (e) {
  console.log((e as Error).name, (e as Error).message, seen);
}
console.log(big.slice(0, 8).join(','), big.length);

// What the comparator observes of the array while it runs.
const watched: number[] = [4, 2, 7, 1, 3, 6, 5, 9, 8, 0, 11, 10];
const snapshots: string[] = [];
watched.sort((x: number, y: number): number => {
  if (snapshots.length < 3) snapshots.push(watched.join(''));
  return x - y;
});
console.log(snapshots.join(' | '));
console.log(watched.join(','));

class Item {
  constructor(public key: number, public label: string) {}
}
const items: (Item | undefined)[] = [];
for (let i = 0; i < 40; i++) items.push(i % 7 === 3 ? undefined : new Item((i * 11) % 13, 'i' + i));
let objectCalls = 0;
try {
  items.sort((a: Item | undefined, b: Item | undefined): number => {
    objectCalls++;
    if (objectCalls > 60) throw new Error('enough');
    return (a as Item).key - (b as Item).key;
  });
} catch (e) {
  console.log((e as Error).message);
}
console.log(items.map((x) => (x === undefined ? '-' : x.label)).join(' '));
items.sort((a: Item | undefined, b: Item | undefined): number => (a as Item).key - (b as Item).key);
console.log(items.map((x) => (x === undefined ? '-' : x.key + x.label)).join(' '));
