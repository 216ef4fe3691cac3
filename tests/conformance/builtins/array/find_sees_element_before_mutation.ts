// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: find returns the element the predicate was given even when the predicate overwrites it
const a = [10, 20, 30];
const got = a.find((x, i) => {
  a[i] = x + 1;
  return x === 20;
});
console.log(got, a);
const names = ["ann", "bob", "cy"];
const hit = names.find((n, i) => {
  names[i] = n.toUpperCase();
  return n.length === 3 && i === 1;
});
console.log(hit, names);
const idx = a.findIndex((x, i) => { a.pop(); return x > 15 || i > 5; });
console.log(idx, a);
