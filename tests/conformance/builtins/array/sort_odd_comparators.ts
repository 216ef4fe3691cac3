// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: comparators returning NaN, huge values, fractions or inconsistent signs; sort returns the same array
const base = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
console.log(base.slice().sort(() => NaN).join(","));
console.log(base.slice().sort((a, b) => (a - b) * 1e300).join(","));
console.log(base.slice().sort((a, b) => (a - b) / 1000).join(","));
console.log(base.slice().sort((a, b) => (a < b ? -Infinity : a > b ? Infinity : 0)).join(","));
console.log(base.slice().sort((a, b) => (a % 2) - (b % 2)).join(","));
const parity = base.slice().sort((a, b) => (b & 1) - (a & 1) || a - b);
console.log(parity.join(","));
const strs = ["Banana", "apple", "cherry", "Apple", "banana"];
console.log(strs.slice().sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)).join(" "));
console.log(strs.slice().sort((a, b) => a.localeCompare(b)).join(" "));
console.log(strs.slice().sort((a, b) => b.length - a.length).join(" "));
const nested = [[2, "b"], [1, "z"], [2, "a"], [1, "y"]] as [number, string][];
console.log(JSON.stringify(nested.sort((x, y) => x[0] - y[0])));
