// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: slice with negative, fractional, NaN and out-of-range bounds; concat of arrays and copies are independent
const a = [10, 20, 30, 40, 50];
const cases: [number, number][] = [[0, 5], [-2, 5], [1, -1], [-3, -1], [-10, 2], [3, 100], [4, 2], [-1, -3], [1.9, 3.9], [NaN, 2], [2, NaN], [-Infinity, Infinity], [Infinity, 1]];
for (const [s, e] of cases) console.log(s, e, JSON.stringify(a.slice(s, e)));
console.log(JSON.stringify(a.slice()), JSON.stringify(a.slice(-2)), JSON.stringify(a.slice(7)));
const c = a.slice();
c[0] = 99;
console.log(a[0], c[0], a === c);
const x = [1, 2];
const y = x.concat([3, 4], [], [5], [6, 7]);
console.log(JSON.stringify(y), x.length, y.length);
const z = x.concat();
z.push(3);
console.log(JSON.stringify(x), JSON.stringify(z));
const strs = ["a"].concat(["b", "c"]).concat(["d"]).slice(-3, -1);
console.log(strs, strs.length);
const objs = [{ v: 1 }, { v: 2 }];
const objs2 = objs.concat([{ v: 3 }]);
objs2[0].v = 100;
console.log(objs[0].v, objs2.length, objs2.map((o) => o.v).join("+"));
