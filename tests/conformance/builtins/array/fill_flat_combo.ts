// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: fill with negative/fractional/NaN ranges returns the same array; flat at depths 0, 1, 2 and Infinity
const base = (): number[] => [1, 2, 3, 4, 5, 6];
const ranges: [number, number][] = [[0, 6], [2, 4], [-2, 6], [-4, -2], [4, 2], [1.5, 3.5], [NaN, 2], [3, NaN], [-100, 100], [6, 7]];
for (const [s, e] of ranges) {
  const a = base();
  const r = a.fill(0, s, e);
  console.log(s, e, r === a, a.join(""));
}
const b = base();
console.log(b.fill(9, 4).join(""), b.fill(8, -1).join(""), b.fill(7).join(""));
const objRow = new Array<number[]>(3).fill([]);
objRow[0].push(1);
console.log(JSON.stringify(objRow), objRow[0] === objRow[2]);
const deep = [1, [2, [3, [4, [5]]]], [6]];
console.log(JSON.stringify(deep.flat(0)));
console.log(JSON.stringify(deep.flat()));
console.log(JSON.stringify(deep.flat(2)));
console.log(JSON.stringify(deep.flat(Infinity)));
const words: string[][][] = [[["a", "b"]], [], [["c"], []]];
console.log(JSON.stringify(words.flat()), words.flat(2).length, words.flat(Infinity).join(""));
console.log(JSON.stringify([[1, 2], [3]].flatMap((r) => r.map((x) => x * 10))));
console.log(JSON.stringify(["ab", "c"].flatMap((s) => s.split(""))));
