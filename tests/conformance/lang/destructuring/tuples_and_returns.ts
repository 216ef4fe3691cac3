// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: functions returning tuples and objects, destructured at the call site with renames and defaults
function divmod(a: number, b: number): [number, number] {
  return [Math.floor(a / b), a % b];
}
const [q, r] = divmod(17, 5);
console.log(q, r);
const [, onlyRem] = divmod(100, 7);
console.log(onlyRem);
function minMax(xs: number[]): { min: number; max: number; count: number } {
  let min = Infinity, max = -Infinity;
  for (const x of xs) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max, count: xs.length };
}
const { min: lo, max: hi, count } = minMax([4, -2, 9, 0]);
console.log(lo, hi, count);
const { min: emptyMin, max: emptyMax } = minMax([]);
console.log(emptyMin, emptyMax);
function parseKV(s: string): [string, string | undefined] {
  const i = s.indexOf("=");
  let key = s;
  let val: string | undefined = undefined;
  if (i >= 0) {
    key = s.slice(0, i);
    val = s.slice(i + 1);
  }
  return [key, val];
}
for (const text of ["a=1", "flag", "k=", "=v", "x=y=z"]) {
  const [k, v = "<none>"] = parseKV(text);
  console.log(JSON.stringify(k), JSON.stringify(v));
}
function splitName(full: string): { first: string; last?: string } {
  const parts = full.split(" ");
  return parts.length > 1 ? { first: parts[0], last: parts[parts.length - 1] } : { first: parts[0] };
}
for (const n of ["Ada Lovelace", "Plato", "Grace B Hopper"]) {
  const { first, last = "(none)" } = splitName(n);
  console.log(first, "|", last);
}
const triples: Array<[number, string, boolean]> = [[1, "one", true], [2, "two", false]];
const [[n1, s1, b1], [n2, s2, b2]] = triples;
console.log(n1, s1, b1, n2, s2, b2);
function pairs<A, B>(as: A[], bs: B[]): Array<[A, B]> {
  const out: Array<[A, B]> = [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) out.push([as[i], bs[i]]);
  return out;
}
for (const [num, word] of pairs([1, 2, 3], ["x", "y"])) console.log(num, word);
const ps1: Array<[number, string]> = pairs([7], ["seven"]);
const [[firstNum, firstWord] = [0, "?"]]: Array<[number, string]> = ps1;
console.log(firstNum, firstWord);
const ps0: Array<[number, string]> = pairs([] as number[], ["none"]);
const [[noNum, noWord] = [0, "?"]]: Array<[number, string]> = ps0;
console.log(noNum, noWord);

const [c0, c1, ...cs] = [..."héllo!"];
console.log(c0, c1, cs);
