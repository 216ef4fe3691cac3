// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

// Writes rt/testdata/math_cases.txt for rt/number.zig's tests, one case a line:
//   "pow <x> <y> <x ** y>", "mod <x> <y> <x % y>", "int32 <x> 0 <(x | 0) >>> 0>"
// with doubles as 16 hex digits of their bits and every result computed by Node.
// Usage: node tests/rt/gen_math_cases.mjs > rt/testdata/math_cases.txt

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const hex = (x) => { f64[0] = x; return u64[0].toString(16).padStart(16, '0'); };

let state = 0x2545f4914f6cdd1dn;
function next64() {
  state ^= (state << 13n) & 0xffffffffffffffffn;
  state ^= state >> 7n;
  state ^= (state << 17n) & 0xffffffffffffffffn;
  return state;
}
const rand = () => Number(next64() >> 11n) / 2 ** 53;
const randBits = () => { u64[0] = next64(); return f64[0]; };

const lines = [];
const pow = (x, y) => lines.push(`pow ${hex(x)} ${hex(y)} ${hex(x ** y)}`);
const mod = (x, y) => lines.push(`mod ${hex(x)} ${hex(y)} ${hex(x % y)}`);
const int32 = (x) => lines.push(`int32 ${hex(x)} ${hex(0)} ${((x | 0) >>> 0).toString(16)}`);

const specials = [0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, NaN, Infinity, -Infinity,
  1e-310, -1e-310, 1e308, -1e308, 2 ** 53, -(2 ** 53), 1.0000000000000002, 0.9999999999999999];
for (const x of specials) for (const y of specials) { pow(x, y); mod(x, y); }

for (let i = 0; i < 2000; i++) pow(rand() * 20 - 10, Math.floor(rand() * 60 - 30));
for (let i = 0; i < 2000; i++) pow(rand() * 100, rand() * 40 - 20);
for (let i = 0; i < 500; i++) pow(1 + (rand() - 0.5) * 1e-6, rand() * 1e9);
for (let i = 0; i < 500; i++) pow(randBits(), randBits());
for (const b of [2, 3, 10, 1.1, 0.5, 7, 1e10, -2, -10]) for (let e = -340; e <= 340; e += 3) pow(b, e);
for (let i = 0; i < 500; i++) pow(rand() * 1e-300, rand() * 2);

for (let i = 0; i < 1000; i++) mod(rand() * 2000 - 1000, Math.floor(rand() * 50) - 25);
for (let i = 0; i < 1000; i++) mod(randBits(), randBits());
for (let i = 0; i < 300; i++) mod(rand() * 1e20, rand() * 10);

for (const x of specials) int32(x);
for (let i = 0; i < 1000; i++) int32(randBits());
for (let i = 0; i < 1000; i++) int32((rand() - 0.5) * 2 ** (Math.floor(rand() * 100)));
for (let e = 30; e < 90; e++) { int32(2 ** e + 2 ** (e - 52) * 3); int32(-(2 ** e) - 2 ** (e - 40)); }

process.stdout.write(lines.join('\n') + '\n');
