// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: closures capture variables holding function values and see them reassigned
function polite(name: string): string {
  return "Good day, " + name;
}
function casual(name: string): string {
  return "hey " + name;
}
let style: (name: string) => string = polite;
const greet = (name: string): string => style(name) + ".";
console.log(greet("Ada"));
style = casual;
console.log(greet("Bob"));
function makeSwitchable(initial: (x: number) => number): [(x: number) => number, (f: (x: number) => number) => void] {
  let impl = initial;
  return [(x) => impl(x), (f) => { impl = f; }];
}
function negate(x: number): number {
  return -x;
}
const [call, swap] = makeSwitchable(negate);
console.log(call(5));
swap((x) => x * x);
console.log(call(5));
swap(negate);
console.log(call(7));
const pipeline: Array<(s: string) => string> = [];
const addStep = (f: (s: string) => string): number => pipeline.push(f);
addStep((s) => s + "a");
addStep(polite);
addStep((s) => s.length + ":" + s);
let acc = "x";
for (const step of pipeline) acc = step(acc);
console.log(acc);
