// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: once() and call-limiting wrappers keep private flags
function once<T>(f: () => T): () => T {
  let done = false;
  let result: T | undefined;
  return (): T => {
    if (!done) {
      done = true;
      result = f();
    }
    return result as T;
  };
}
let runs = 0;
const init = once(() => {
  runs++;
  return "initialized#" + runs;
});
console.log(init(), init(), init(), runs);
function limit(n: number, f: (x: number) => number): (x: number) => number | null {
  let left = n;
  return (x: number) => {
    if (left <= 0) return null;
    left--;
    return f(x);
  };
}
const sq = limit(2, (x) => x * x);
console.log(sq(3), sq(4), sq(5), sq(6));
