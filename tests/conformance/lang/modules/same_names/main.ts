// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Modules that declare the same top-level names (variables, functions, classes) keep them apart.
import { count as countA, next as nextA, Item as ItemA, label as labelA } from './a';
import { count as countB, next as nextB, Item as ItemB, label as labelB } from './b';

let count = 100;
function next(): number {
  return ++count;
}

console.log(nextA(), nextA(), nextB(), next(), nextA());
console.log(countA, countB, count);
const as = [new ItemA(1), new ItemA(2)];
const bs = [new ItemB('x'), new ItemB('yz')];
for (const it of as) console.log(it.show(), it instanceof ItemA);
for (const it of bs) console.log(it.show(), it instanceof ItemB);
console.log(labelA, labelB);
console.log(as[0], bs[1]);
