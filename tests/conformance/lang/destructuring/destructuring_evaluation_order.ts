// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: defaults are evaluated lazily and in order; getters are read once
const log: string[] = [];
function d(name: string, v: number): number {
  log.push("default " + name);
  return v;
}
const src = {
  get a(): number {
    log.push("get a");
    return 1;
  },
  get b(): number | undefined {
    log.push("get b");
    return undefined;
  },
};
const { a = d("a", 10), b = d("b", 20) } = src;
console.log(a, b, log.join("; "));
log.length = 0;
const [m = d("m", 1), n = d("n", m + 1)] = [undefined, undefined];
console.log(m, n, log.join("; "));
