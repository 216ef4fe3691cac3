// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

// Writes rt/testdata/number_cases.txt: one line per double, "<bits hex> <String(x)>",
// with the strings produced by Node, for rt/number_format.zig's tests.
// Usage: node tests/rt/gen_number_cases.mjs > rt/testdata/number_cases.txt

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

// A fixed-seed xorshift so the table is reproducible.
let state = 0x9e3779b97f4a7c15n;
function next64() {
  state ^= (state << 13n) & 0xffffffffffffffffn;
  state ^= state >> 7n;
  state ^= (state << 17n) & 0xffffffffffffffffn;
  return state;
}
const rand = () => Number(next64() >> 11n) / 2 ** 53;

const seen = new Set();
const lines = [];
function add(x) {
  f64[0] = x;
  const bits = u64[0];
  if (seen.has(bits)) return;
  seen.add(bits);
  lines.push(`${bits.toString(16).padStart(16, '0')} ${String(x)}`);
}
function addBits(bits) {
  u64[0] = bits;
  add(f64[0]);
}

// Edge cases named by the spec and the runtime's brief.
for (const x of [0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 123456789012345680000,
  0.000001, 5e-324, -5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
  2.225073858507201e-308, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, Math.PI, Math.E,
  2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, 2 ** 63, 2 ** 64, 2 ** 31, -(2 ** 31), 2 ** 32,
  1e20, 1e22, 1e23, 9.999999999999999e20, 1e-6, 9.999999999999999e-7, 1e-5,
  123e-20, 1.5, -1.5, 100, 1e300, 1e-300, 4.35, 0.000123, 5e-7, 1.2e-6]) {
  add(x);
  add(-x);
}
// Powers of ten and their neighbours, where the layout switches.
for (let e = -324; e <= 308; e++) {
  const x = Number(`1e${e}`);
  add(x);
  f64[0] = x;
  const b = u64[0];
  if (b > 1n) { addBits(b - 1n); addBits(b + 1n); }
}
// Powers of two.
for (let e = -1074; e <= 1023; e += 7) add(2 ** e);
// Uniformly random bit patterns: every magnitude, subnormals included.
for (let i = 0; i < 3000; i++) {
  const b = next64();
  u64[0] = b;
  if (!Number.isNaN(f64[0])) add(f64[0]);
}
// Random values with few significant digits, as programs usually print.
for (let i = 0; i < 1500; i++) {
  const digits = 1 + Math.floor(rand() * 17);
  const m = Math.floor(rand() * 10 ** digits);
  const e = Math.floor(rand() * 60) - 30;
  add(Number(`${m}e${e}`));
  add(-Number(`${m}e${e}`) / 7);
}
// Integers and simple fractions.
for (let i = 0; i < 1000; i++) {
  add(Math.floor(rand() * 2 ** (1 + Math.floor(rand() * 70))));
  add(Math.floor(rand() * 100000) / 100);
  add(rand() * 10 ** (Math.floor(rand() * 44) - 22));
}

process.stdout.write(lines.join('\n') + '\n');
