// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array.of and Array.isArray on arrays, tuples, strings, objects and union values
console.log(Array.of(7), Array.of(1, 2, 3), Array.of("a", "b"), Array.of<number>().length);
const t: [number, string] = [1, "a"];
console.log(Array.isArray([]), Array.isArray(t), Array.isArray("abc"), Array.isArray(3), Array.isArray({ length: 0 }));
const items: (number | number[] | string)[] = [1, [2, 3], "s", []];
console.log(items.map((x) => Array.isArray(x)));
const flatten = (xs: (number | number[])[]): number[] => {
  const out: number[] = [];
  for (const x of xs) {
    if (Array.isArray(x)) out.push(...x);
    else out.push(x);
  }
  return out;
};
console.log(flatten([1, [2, 3], 4, []]));
const maybe: number[] | null = Math.random() < 2 ? null : [1];
console.log(Array.isArray(maybe));
