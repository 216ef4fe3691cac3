// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String building: surrogate pairs split across appends, built strings as Map keys, JSON and console output of them
let e = "";
const smile = "\u{1F600}";
for (let i = 0; i < 40; i++) {
  // Each emoji arrives in two appends: the high then the low surrogate.
  e += smile.charAt(0);
  e += smile.charAt(1);
  if (i % 5 === 0) e += "x";
}
console.log(e.length, [...e].length, e.codePointAt(0), e.codePointAt(1), e.slice(0, 6));
console.log(e.slice(-5), JSON.stringify(e.slice(-3)), e.indexOf(smile + "x"), e.lastIndexOf("x"));

// A lone high surrogate ends one build, its low half starts the next.
let hi = "";
for (let i = 0; i < 35; i++) hi += "a";
hi += "\ud83d";
const lone = hi;
const whole = hi + "\ude00";
console.log(JSON.stringify(lone.slice(-3)), JSON.stringify(whole.slice(-3)), whole.codePointAt(35), lone.length, whole.length);
console.log([...whole].length, whole.at(-1) === "\ud83d\ude00".charAt(1), whole.charCodeAt(36));

// Prepended surrogates.
let pre = "end";
for (let i = 0; i < 30; i++) pre = "\u{1F30D}" + pre;
console.log(pre.length, [...pre].length, pre.codePointAt(0), pre.slice(-5));

// Built strings as Map keys: found by literal spelling and by another build.
const counts = new Map<string, number>();
for (let round = 0; round < 3; round++) {
  for (let k = 0; k < 20; k++) {
    let key = "";
    for (let j = 0; j < 8; j++) key += "key" + (k % 7) + "-";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
console.log(counts.size, counts.get("key3-key3-key3-key3-key3-key3-key3-key3-"), counts.has("key9-"));
for (const [k, v] of counts) if (k.startsWith("key1") || k.startsWith("key6")) console.log(k, v);
const set = new Set<string>();
let acc = "";
for (let i = 0; i < 50; i++) {
  acc += i % 2 === 0 ? "ab" : "cd";
  set.add(acc.slice(0, 10));
  set.add(acc);
}
console.log(set.size, set.has("abcdabcdab"), set.has(acc), set.has(acc + "ab"));

// Records keyed by built strings.
const rec: { [k: string]: number } = {};
for (let i = 0; i < 6; i++) {
  let name = "field";
  for (let j = 0; j < 10; j++) name += "_" + (i * j);
  rec[name] = i;
}
console.log(JSON.stringify(rec));
console.log(rec);

// JSON and console on built strings with escapes.
let esc = "";
for (let i = 0; i < 40; i++) esc += i % 4 === 0 ? "\"" : i % 4 === 1 ? "\n" : i % 4 === 2 ? "\\" : "\t";
console.log(JSON.stringify(esc));
console.log(JSON.stringify({ esc, list: [esc.slice(0, 4), e.slice(0, 3)] }));
console.log([esc.slice(0, 8), e.slice(0, 4)]);
console.log(esc.slice(0, 6) + "|");
const parsed = JSON.parse(JSON.stringify({ esc, e })) as { esc: string; e: string };
console.log(parsed.esc === esc, parsed.e === e, parsed.e.length);
