// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread: rest parameters collected and forwarded through wrappers, array rest patterns and spread round trips
function describe(...args: number[]): string {
  return `n=${args.length} [${args.join(" ")}]`;
}
function forward(...args: number[]): string {
  return describe(...args);
}
function forwardTwice(prefix: number, ...args: number[]): string {
  return describe(prefix, ...args, ...args);
}
console.log(forward(), forward(1), forward(1, 2, 3));
console.log(forwardTwice(0), forwardTwice(0, 5), forwardTwice(0, 5, 6));
function logged(name: string, f: (...xs: number[]) => number): (...xs: number[]) => number {
  return (...xs: number[]): number => {
    const r = f(...xs);
    console.log(`${name}(${xs.join(", ")}) = ${r}`);
    return r;
  };
}
const add = logged("add", (...xs) => xs.reduce((a, b) => a + b, 0));
const mul = logged("mul", (...xs) => xs.reduce((a, b) => a * b, 1));
add(1, 2, 3);
mul(...[2, 3], 4);
add();
mul();
console.log(add(mul(2, 2), mul(3, 3)));
const [h, ...t] = [1, 2, 3, 4];
console.log(h, t, describe(...t), describe(h, ...t) === describe(...[h, ...t]));
function rotate(xs: number[], k: number): number[] {
  if (xs.length === 0) return xs;
  const n = ((k % xs.length) + xs.length) % xs.length;
  return [...xs.slice(n), ...xs.slice(0, n)];
}
for (const k of [0, 1, 2, 5, -1]) console.log(k, rotate([1, 2, 3, 4], k));
function interleave(...lists: string[][]): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}
console.log(interleave(["a", "b", "c"], ["1"], [], ["x", "y"]));
console.log(interleave());
function partition(pred: (n: number) => boolean, ...xs: number[]): [number[], number[]] {
  const yes: number[] = [], no: number[] = [];
  for (const x of xs) (pred(x) ? yes : no).push(x);
  return [yes, no];
}
const [evens, odds] = partition((n) => n % 2 === 0, ...[1, 2, 3, 4, 5, 6, 7]);
console.log(evens, odds);
