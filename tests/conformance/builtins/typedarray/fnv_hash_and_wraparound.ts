// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays as fixed-width integers: FNV-1a and murmur-style mixing in Uint32Array, Int32 accumulators that wrap
function fnv1a(s: string): number {
  const h = new Uint32Array([0x811c9dc5]);
  for (let i = 0; i < s.length; i++) {
    h[0] ^= s.charCodeAt(i);
    h[0] = Math.imul(h[0], 0x01000193);
  }
  return h[0];
}
function mix(seed: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x;
  }
  return out;
}
for (const s of ["", "a", "foobar", "tsxen typed arrays"]) console.log(s.length, fnv1a(s), fnv1a(s).toString(16));
console.log(mix(2463534242, 6).join(" "));
const acc = new Int32Array(1);
for (let i = 0; i < 100; i++) acc[0] += 123456789;
console.log(acc[0]);
const u16 = new Uint16Array(1);
u16[0] = 65530;
for (let i = 0; i < 10; i++) u16[0]++;
console.log(u16[0]);
const i8 = new Int8Array([120]);
i8[0] += 10;
console.log(i8[0], (i8[0] << 24) >> 24);
