// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: default parameters referring to earlier parameters and outer state, evaluated per call only when undefined
let seq = 0;
const next = (): number => ++seq;
function make(a: number, b: number = a * 2, id: number = next(), tag: string = `t${a}-${b}-${id}`): string {
  return `${a},${b},${id},${tag}`;
}
console.log(make(1));
console.log(make(1, undefined));
console.log(make(2, 3));
console.log(make(2, 3, 100));
console.log(make(5, undefined, undefined, "x"));
console.log("seq", seq);
function withCb(x: number, cb: (n: number) => number = (n) => n + x): number {
  x = x * 10;
  return cb(1);
}
console.log(withCb(3), withCb(3, (n) => n - 1));
const greeters: ((name?: string) => string)[] = [];
for (const greeting of ["hi", "yo"]) {
  greeters.push((name = greeting.toUpperCase()) => `${greeting} ${name}`);
}
console.log(greeters.map((g) => g()).join(" | "), greeters[1]("bob"), greeters[0](undefined));
function counterWith(start: number = seq): () => number {
  let c = start;
  return () => c++;
}
const c1 = counterWith();
seq = 50;
const c2 = counterWith();
console.log(c1(), c1(), c2(), c2(), counterWith(7)());
