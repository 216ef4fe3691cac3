// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: optional properties left out are not printed, set to undefined they print as undefined, in objects, arrays and class fields
interface Opt { a: number; b?: string; c?: number[] }
const absent: Opt = { a: 1 };
const present: Opt = { a: 2, b: "x", c: [1] };
const undef: Opt = { a: 3, b: undefined };
console.log(absent, present, undef);
console.log([absent, present, undef]);
console.log({ inner: absent, list: [undef] });
const later: Opt = { a: 4 };
later.c = [9, 8];
console.log(later);
later.b = "set";
console.log(later, JSON.stringify(later), JSON.stringify(absent), JSON.stringify(undef));
class K {
  x?: number;
  y: string | undefined = undefined;
  z = 0;
}
const k = new K();
console.log(k);
k.x = 5;
console.log(k);
