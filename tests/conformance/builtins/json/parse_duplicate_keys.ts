// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a key repeated in JSON text keeps the last value
interface P {
  a: number;
  b: string;
}
const p: P = JSON.parse('{"a":1,"a":2,"b":"x","b":"y"}');
console.log(p.a, p.b, JSON.stringify(p));
const q: P = JSON.parse('{"a":1,"b":"first","a":3}');
console.log(q.a, q.b, JSON.stringify(q));
