// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: reduce and reduceRight with string, boolean, object, array and union accumulators
const xs = [3, 1, 4, 1, 5];
console.log(xs.reduce((s, x) => s + x, ""), xs.reduceRight((s, x) => s + x, ""));
console.log(xs.reduce((ok, x) => ok && x > 0, true), xs.reduceRight((ok, x) => ok || x > 4, false));
const counts = xs.reduce((m: { [k: string]: number }, x) => { m["n" + x] = (m["n" + x] ?? 0) + 1; return m; }, {});
console.log(counts);
console.log(xs.reduceRight((out: number[], x) => { out.push(x * 2); return out; }, []));
const firstBig = xs.reduce((found: number | undefined, x) => (found === undefined && x > 3 ? x : found), undefined);
console.log(firstBig, [1].reduceRight((a, b) => a + b), [[1, 2], [3]].reduceRight((acc, p) => acc.concat(p)));
