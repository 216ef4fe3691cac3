// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: callbacks receive value, index and array; unused trailing parameters may be omitted
const xs: string[] = ["a", "b", "c"];
console.log(xs.map((v, i) => v + i).join(","));
console.log(xs.map((v, i, arr) => v + arr.length + i).join(","));
console.log(xs.filter((_, i) => i !== 1).join(","));
console.log(xs.reduce((acc, v, i) => acc + v.repeat(i + 1), ">"));
xs.forEach((v, i, arr) => {
  if (i === 0) arr[2] = "z";
});
console.log(xs.join(""));
console.log([10, 20, 30].findIndex((v, i) => v + i === 21));
console.log([1, 2, 3].every((v, i) => v === i + 1), [1, 2, 3].some((v, i) => v === i));
