// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// maps: Map-heavy — word frequencies in a Map<string, number>, a
// Map<number, number[]> adjacency list walked breadth first, and iteration
// in insertion order.

let seed: number = 7;
function rand(n: number): number {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

const LETTERS: string = 'etaoinshrdlu';
function word(): string {
  let w: string = '';
  const n: number = 2 + rand(3);
  for (let i = 0; i < n; i++) w += LETTERS.charAt(rand(LETTERS.length));
  return w;
}

// Word frequencies.
const WORDS: number = 600000;
const counts: Map<string, number> = new Map<string, number>();
for (let i = 0; i < WORDS; i++) {
  const w: string = word();
  const c: number | undefined = counts.get(w);
  counts.set(w, c === undefined ? 1 : c + 1);
}
let bestWord: string = '';
let bestCount: number = 0;
let orderHash: number = 0;
for (const [w, c] of counts) {
  if (c > bestCount) {
    bestCount = c;
    bestWord = w;
  }
  orderHash = (orderHash * 31 + c) % 2147483647;
}
console.log('distinct words:', counts.size, 'most frequent:', bestWord, bestCount, 'order hash:', orderHash);

// A random graph as Map<number, number[]>, then BFS distances in a Map.
const NODES: number = 100000;
const graph: Map<number, number[]> = new Map<number, number[]>();
for (let i = 0; i < NODES; i++) graph.set(i * 7919 % 1000003, []);
const keys: number[] = [];
for (const k of graph.keys()) keys.push(k);
for (let i = 0; i < NODES * 3; i++) {
  const a: number = keys[rand(NODES)];
  const b: number = keys[rand(NODES)];
  const edges: number[] | undefined = graph.get(a);
  if (edges !== undefined) edges.push(b);
}
let reached: number = 0;
let distSum: number = 0;
for (let round = 0; round < 5; round++) {
  const dist: Map<number, number> = new Map<number, number>();
  const start: number = keys[round * 1000];
  dist.set(start, 0);
  const queue: number[] = [start];
  let head: number = 0;
  while (head < queue.length) {
    const n: number = queue[head++];
    const d: number = dist.get(n) ?? 0;
    const edges: number[] | undefined = graph.get(n);
    if (edges === undefined) continue;
    for (const m of edges) {
      if (!dist.has(m)) {
        dist.set(m, d + 1);
        queue.push(m);
      }
    }
  }
  reached += dist.size;
  for (const d of dist.values()) distSum += d;
  dist.delete(start);
}
console.log('bfs reached:', reached, 'distance sum:', distSum);
