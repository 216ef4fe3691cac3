// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// fasta: the Benchmarks Game generator (repeat and weighted-random DNA with
// its LCG). Instead of writing the ~10 MB of output it folds every byte it
// would write into a 32-bit checksum.

const IM: number = 139968;
const IA: number = 3877;
const IC: number = 29573;
let last: number = 42;
function random(max: number): number {
  last = (last * IA + IC) % IM;
  return (max * last) / IM;
}

const ALU: string =
  'GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG' +
  'GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA' +
  'CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT' +
  'ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA' +
  'GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG' +
  'AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC' +
  'AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA';

class Freq {
  constructor(public c: number, public p: number) {}
}

const LINE: number = 60;
let hash: number = 0;
let bytes: number = 0;
function put(c: number): void {
  hash = (hash * 31 + c) >>> 0;
  bytes++;
}
function putString(s: string): void {
  for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
}

function repeatFasta(src: string, n: number): void {
  let k: number = 0;
  const len: number = src.length;
  for (let i = 0; i < n; i++) {
    put(src.charCodeAt(k));
    k++;
    if (k === len) k = 0;
    if (i % LINE === LINE - 1 || i === n - 1) put(10);
  }
}

function randomFasta(table: Freq[], n: number): void {
  let cum: number = 0;
  for (let i = 0; i < table.length; i++) {
    cum += table[i].p;
    table[i].p = cum;
  }
  for (let i = 0; i < n; i++) {
    const r: number = random(1);
    let j: number = 0;
    while (j < table.length - 1 && r >= table[j].p) j++;
    put(table[j].c);
    if (i % LINE === LINE - 1 || i === n - 1) put(10);
  }
}

function freq(s: string, p: number): Freq {
  return new Freq(s.charCodeAt(0), p);
}

const N: number = 2500000;
const iub: Freq[] = [
  freq('a', 0.27), freq('c', 0.12), freq('g', 0.12), freq('t', 0.27),
  freq('B', 0.02), freq('D', 0.02), freq('H', 0.02), freq('K', 0.02),
  freq('M', 0.02), freq('N', 0.02), freq('R', 0.02), freq('S', 0.02),
  freq('V', 0.02), freq('W', 0.02), freq('Y', 0.02),
];
const homoSapiens: Freq[] = [
  freq('a', 0.3029549426680), freq('c', 0.1979883004921),
  freq('g', 0.1975473066391), freq('t', 0.3015094502008),
];
putString('>ONE Homo sapiens alu\n');
repeatFasta(ALU, 2 * N);
putString('>TWO IUB ambiguity codes\n');
randomFasta(iub, 3 * N);
putString('>THREE Homo sapiens frequency\n');
randomFasta(homoSapiens, 5 * N);
console.log('fasta', N, 'bytes:', bytes, 'checksum:', hash);
