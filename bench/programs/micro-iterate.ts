// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// micro-iterate: the iteration protocol as tsxen resolves it statically -
// spreading Sets and Map entries, walking a string by code point, Array.from
// with a mapper, and splice in the middle of an array.

const N: number = 200000;
const set: Set<number> = new Set<number>();
for (let i = 0; i < N; i++) set.add((i * 7919) % N);
let spreadSum: number = 0;
for (let r = 0; r < 5; r++) {
  const xs: number[] = [...set];
  spreadSum += xs[r] + xs.length;
}
const m: Map<string, number> = new Map<string, number>();
for (let i = 0; i < N / 4; i++) m.set('k' + i, i);
let entrySum: number = 0;
for (const [k, v] of m) entrySum += k.length + v;
const text: string = 'héllo wörld 😀 '.repeat(20000);
let points: number = 0;
for (const ch of text) if (ch.length === 2) points++;
const squares: number[] = Array.from({ length: N }, (_: unknown, i: number): number => i * i);
const a: number[] = [];
for (let i = 0; i < 2000; i++) a.splice(a.length >> 1, 0, i);
console.log('iterate:', spreadSum, entrySum, points, squares[N - 1], a[1000], a.length);
