// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// resolving a new Promise with another promise adopts it two ticks later; the first resolve wins
const out: string[] = [];
const inner = Promise.resolve("inner");
const adopted = new Promise<string>((resolve) => resolve(inner));
adopted.then((v) => out.push("adopted " + v));
inner.then(() => out.push("inner then 1")).then(() => out.push("inner then 2")).then(() => out.push("inner then 3"));
const first = new Promise<string>((resolve, reject) => {
  resolve("first");
  resolve("second");
  reject("third");
});
first.then((v) => out.push("first wins: " + v));
const thrower = new Promise<string>((resolve) => {
  resolve("resolved before throw");
  throw new Error("ignored");
});
thrower.then((v) => out.push(v));
console.log(Promise.resolve(inner) === inner, adopted === inner);
setTimeout(() => console.log(out.join("\n")), 0);
