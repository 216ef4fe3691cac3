// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: assigning a smaller length truncates; reading past the new end via at() gives undefined
const a = [1, 2, 3, 4, 5, 6];
a.length = 4;
console.log(a, a.length, a.at(4));
a.length = 4;
console.log(a.join());
a.length -= 2;
console.log(a);
a.push(7);
console.log(a, a.length);
const s = ["x", "y"];
s.length = 0;
s.push("z");
console.log(s);
const objs = [{ v: 1 }, { v: 2 }];
objs.length = 1;
console.log(objs, objs.length);
