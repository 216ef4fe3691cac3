// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// strings: string-heavy text processing — builds sentences from syllables,
// splits, slices, searches, changes case, reverses and rejoins, folding the
// results into a checksum.

let seed: number = 42;
function rand(n: number): number {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

const SYLLABLES: string[] = ['ka', 'lo', 'mi', 'nu', 'tse', 'ra', 'vo', 'qui', 'ba', 'de', 'xo', 'ly'];

function makeWord(): string {
  let w: string = '';
  const n: number = 1 + rand(4);
  for (let i = 0; i < n; i++) w += SYLLABLES[rand(SYLLABLES.length)];
  return w;
}

function reverse(s: string): string {
  let r: string = '';
  for (let i = s.length - 1; i >= 0; i--) r += s.charAt(i);
  return r;
}

function capitalise(w: string): string {
  return w.length === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1);
}

function hashString(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 2147483647;
  return h;
}

const SENTENCES: number = 120000;
let hash: number = 7;
let palindromes: number = 0;
let found: number = 0;
let totalLength: number = 0;
for (let s = 0; s < SENTENCES; s++) {
  const words: string[] = [];
  const n: number = 4 + rand(8);
  for (let i = 0; i < n; i++) words.push(makeWord());
  const sentence: string = capitalise(words.join(' ')) + '.';
  totalLength += sentence.length;
  const parts: string[] = sentence.slice(0, sentence.length - 1).split(' ');
  const out: string[] = [];
  for (const p of parts) {
    const r: string = reverse(p);
    if (r === p) palindromes++;
    if (p.indexOf('qui') >= 0) found++;
    out.push(p.length > 6 ? r.toUpperCase() : `${p}-${p.length}`);
  }
  const line: string = out.join(',');
  hash = hashString(line, hash);
  if (line.includes('KA')) hash = (hash + line.lastIndexOf('KA')) % 2147483647;
}
console.log('strings sentences:', SENTENCES, 'length:', totalLength, 'palindromes:', palindromes, 'qui:', found, 'hash:', hash);
