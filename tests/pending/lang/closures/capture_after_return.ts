// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: captured variables outlive their frame and see later writes from other closures
function pair(): [() => number, (v: number) => void] {
  let hidden: number = 0;
  return [() => hidden, (v: number) => { hidden = v; }];
}
const [get1, set1] = pair();
const [get2, set2] = pair();
set1(42);
console.log(get1(), get2());
set2(-0);
console.log(get2(), Object.is(get2(), -0));
function outer(): () => string {
  let s: string = "a";
  const inner = (): string => {
    s += "b";
    return s;
  };
  s += "c";
  return inner;
}
const f = outer();
console.log(f(), f());
let log: string = "";
function schedule(name: string): () => void {
  return () => { log += name + ";"; };
}
const tasks = [schedule("x"), schedule("y"), schedule("z")];
for (const t of tasks.reverse()) t();
console.log(log);
