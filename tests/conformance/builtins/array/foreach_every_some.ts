// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: forEach, every and some, including short-circuiting and empty arrays
const xs = [2, 4, 6, 7, 8];
let visited: number[] = [];
console.log(xs.every((x) => {
  visited.push(x);
  return x % 2 === 0;
}), visited.join(","));
visited = [];
console.log(xs.some((x) => {
  visited.push(x);
  return x > 5;
}), visited.join(","));
console.log([].every(() => false), [].some(() => true));
let total = 0;
const r = xs.forEach((x) => {
  total += x;
});
console.log(total, r);
