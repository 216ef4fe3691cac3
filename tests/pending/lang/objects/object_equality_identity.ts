// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: object and array equality is by identity, not by contents
const a = { v: 1 };
const b = { v: 1 };
const c = a;
console.log(a === b, a === c, a == c, a !== b);
const xs = [1, 2];
const ys = [1, 2];
console.log(xs === ys, xs.join() === ys.join());
const list = [a, b];
console.log(list.indexOf(b), list.indexOf({ v: 1 }), list.includes(c));
const m = new Map<object, string>();
m.set(a, "A");
m.set(b, "B");
console.log(m.get(c), m.get(b), m.get({ v: 1 }), m.size);
