// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: an exception thrown by a replacer function propagates out of JSON.stringify
const v = { a: 1, b: { c: 2 } };
try {
  JSON.stringify(v, (k: string, x: unknown) => {
    if (k === "c") throw new RangeError("no c allowed");
    return x;
  });
  console.log("not reached");
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
let n = 0;
const s = JSON.stringify(v, (k: string, x: unknown) => { n++; return x; });
console.log(s, n);
