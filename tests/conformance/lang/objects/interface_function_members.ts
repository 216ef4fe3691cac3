// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: interfaces with call-signature function properties and method overloads used as strategies
interface Formatter {
  prefix: string;
  format: (n: number) => string;
}
const fmts: Formatter[] = [
  { prefix: "fixed", format: (n) => n.toFixed(1) },
  { prefix: "hex", format: (n) => n.toString(16) },
  { prefix: "pad", format: (n) => String(n).padStart(6, ".") },
];
for (const f of fmts) console.log(f.prefix, [255, 3.14159, 0].map(f.format).join(" "));
interface Reducer<T> {
  init: T;
  step(acc: T, x: number): T;
}
function run<T>(r: Reducer<T>, xs: number[]): T {
  let acc = r.init;
  for (const x of xs) acc = r.step(acc, x);
  return acc;
}
console.log(run({ init: 0, step: (a, x) => a + x }, [1, 2, 3]));
console.log(run({ init: "", step: (a, x) => a + x.toString(2) + ";" }, [1, 2, 3]));
