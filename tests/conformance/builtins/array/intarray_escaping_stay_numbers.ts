// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Integer-valued arrays that reach printing, join, methods, aliases, callees, iteration or other values.

function total(xs: number[]): number {
  let s: number = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
const printed: number[] = [3, 1, 2];
printed[1] = printed[0] * 4;
console.log(printed);
const joined: number[] = [];
for (let i = 0; i < 5; i++) joined.push(i * i - 3);
console.log(joined.join('-'), String(joined), `${joined}`);
const passed: number[] = [10, 20];
passed.push(30);
console.log(total(passed));
const base: number[] = [1, 2, 3];
const alias: number[] = base;
base[0] = 7;
alias[1] = 8;
console.log(base[0], base[1], alias[0], alias[2]);
const iterated: number[] = [5, 6, 7];
iterated[2]++;
let it: string = '';
for (const x of iterated) it += x + ';';
console.log(it);
const spreadFrom: number[] = [1, 2];
spreadFrom.push(3);
console.log(Math.max(...spreadFrom), [...spreadFrom, 4].length);
const popped: number[] = [4, 5, 6];
popped[0] += 1;
console.log(popped.pop(), popped.length, popped[0]);
const sorted: number[] = [3, 10, 2, 1];
sorted[0] = 30;
sorted.sort((a, b) => a - b);
console.log(sorted[0], sorted[3], sorted.indexOf(10), sorted.includes(2));
const boxed: number[] = [1, 2];
boxed[1] = 5;
const holder = { xs: boxed };
console.log(holder.xs[1], JSON.stringify(holder));
const chained: number[] = [2, 4];
chained[0]--;
console.log(chained?.[0], chained.map((x) => x * 2)[0]);
const pair: number[] = [8, 9];
pair[0] = pair[1] + 1;
const [p0, p1] = pair;
console.log(p0, p1);
const captured: number[] = [1, 2, 3];
const show = (): string => captured.join('+');
captured[2] = 30;
console.log(show());
function make(): number[] {
  const out: number[] = [];
  for (let i = 0; i < 3; i++) out.push(i + 1);
  out[0] = out[2] * 2;
  return out;
}
console.log(make());
const filled: number[] = [0, 0, 0];
filled[1] = 2;
filled.fill(7, 2);
console.log(filled);
