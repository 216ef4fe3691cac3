// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: writing a smaller length truncates, length 0 clears; later push grows from the new end
const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
a.length = 7;
console.log(a.length, a.join(","));
a.length = 7;
console.log(a.length, a.at(-1));
a.length = 3;
console.log(a, a.push(100), a);
const alias = a;
alias.length = 0;
console.log(a.length, JSON.stringify(a), a.indexOf(0), a.includes(100));
a.push(5, 6);
console.log(a);
const strs = ["x", "y", "z"];
strs.length -= 1;
console.log(strs, strs.length);
strs.length = strs.length - 2;
console.log(strs, strs.length, strs.join("-") === "");
const m = [[1], [2], [3]];
const keep = m[2];
m.length = 1;
console.log(m, keep);
const stack: number[] = [];
for (let i = 0; i < 20; i++) stack.push(i);
stack.length = stack.length >> 1;
console.log(stack.length, stack.reduce((s, x) => s + x, 0));
