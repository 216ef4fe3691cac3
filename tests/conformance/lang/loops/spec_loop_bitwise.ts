// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops: bitwise operators on integers past 2^32 (ToInt32 wraps, >>> is unsigned), shift counts past 31.

function hash(seed: number, rounds: number): string {
  let h: number = seed;
  let x: number = seed;
  let i: number = 0;
  while (i < rounds) {
    h = (h * 31 + x) | 0;
    x = x * 7 + 3;
    i++;
  }
  return `hash ${seed}: h=${h} x=${x}`;
}
console.log(hash(1, 10));
console.log(hash(1, 20));
console.log(hash(-5, 30));

function wide(v: number): string {
  let a: number = 0;
  let b: number = 0;
  let c: number = 0;
  let d: number = 0;
  let e: number = 0;
  let f: number = 0;
  let g: number = 0;
  let k: number = 0;
  while (k < 3) {
    a = v | 0;
    b = v >>> 0;
    c = v >> 3;
    d = ~v;
    e = v & -v;
    f = v ^ 4294967295;
    g = (v << 33) + (v >>> 40) + (1 << k * 16);
    v = v * 65536 + k;
    k++;
  }
  return `wide a=${a} b=${b} c=${c} d=${d} e=${e} f=${f} g=${g} v=${v}`;
}
console.log(wide(5));
console.log(wide(-5));
console.log(wide(2 ** 32 + 7));
console.log(wide(2 ** 40 + 2 ** 31 + 1));
console.log(wide(-(2 ** 45) - 3));

function shifts(x: number): string {
  let s: number = 0;
  let u: number = 0;
  for (let n = 0; n < 70; n += 7) {
    s = s + (x >> n) + (x << n);
    u = u + (x >>> n);
  }
  return `shifts ${x}: s=${s} u=${u}`;
}
console.log(shifts(1));
console.log(shifts(-1));
console.log(shifts(2 ** 31));
console.log(shifts(2 ** 33 + 12345));
