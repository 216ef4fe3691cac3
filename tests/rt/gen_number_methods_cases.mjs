// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

// Writes rt/testdata/number_methods_cases.txt for rt/number_methods.zig's tests,
// one tab-separated case a line, every expectation computed by Node:
//   r <bits> <radix> <x.toString(radix)>     f <bits> <digits> <x.toFixed(digits)>
//   e <bits> <digits|-> <x.toExponential()>  p <bits> <p> <x.toPrecision(p)>
//   i <radix> <string in quotes; non-printable, quote and backslash as \uXXXX> <bits of parseInt(s, radix)>
// Usage: node tests/rt/gen_number_methods_cases.mjs > rt/testdata/number_methods_cases.txt
// SCALE=n multiplies the random cases, for a deeper one-off check (the file grows n-fold).
const SCALE = Number(process.env.SCALE || 1);

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const hex = (x) => { f64[0] = x; return u64[0].toString(16).padStart(16, '0'); };
const hexNum = (x) => (Number.isNaN(x) ? '7ff8000000000000' : hex(x));

let state = 0x1234567887654321n;
function next64() {
  state ^= (state << 13n) & 0xffffffffffffffffn;
  state ^= state >> 7n;
  state ^= (state << 17n) & 0xffffffffffffffffn;
  return state;
}
const rand = () => Number(next64() >> 11n) / 2 ** 53;
const randInt = (n) => Math.floor(rand() * n);
const randBits = () => { u64[0] = next64(); return f64[0]; };

const specials = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 1.25, 1.05,
  0.125, 0.375, 255.5, 1e21, 1e21 - 65536, 999999999999999900000, 1e-7, 123.456, 5e-324,
  1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 0.000001, 1 / 3, 2 / 3, Math.PI, 99.99,
  999.5, 9.995, 0.045, 1e-10, 123456789.123456789, 4.35, 1.005, 0.0005, 0.00049999999999999995];

function value() {
  switch (randInt(6)) {
    case 0: { let x; do x = randBits(); while (!Number.isFinite(x)); return x; }
    case 1: return (rand() - 0.5) * 10 ** (randInt(40) - 20);
    case 2: return Math.floor(rand() * 10 ** randInt(8)) / 10 ** randInt(6);
    case 3: return Math.floor((rand() - 0.5) * 2 ** randInt(70));
    case 4: return Number(`${randInt(100000)}.${randInt(1000)}5`) * (rand() < 0.5 ? -1 : 1);
    default: return rand() * 100;
  }
}

const lines = [];
const xs = [...specials];
for (let i = 0; i < 1300 * SCALE; i++) xs.push(value());

for (const x of xs) {
  // toString(radix): long outputs for tiny or huge values, so sample radices.
  const radices = specials.includes(x) ? [2, 3, 7, 8, 16, 32, 36] : [2 + randInt(35), 2 + randInt(35)];
  for (const r of radices) {
    const s = x.toString(r);
    if (s.length < 400 || specials.includes(x)) lines.push(`r\t${hex(x)}\t${r}\t${s}`);
  }
  for (const d of specials.includes(x) ? [0, 1, 2, 5, 20, 100] : [randInt(21), randInt(101)]) {
    lines.push(`f\t${hex(x)}\t${d}\t${x.toFixed(d)}`);
  }
  lines.push(`e\t${hex(x)}\t-\t${x.toExponential()}`);
  for (const d of specials.includes(x) ? [0, 1, 2, 5, 20, 100] : [randInt(21), randInt(101)]) {
    lines.push(`e\t${hex(x)}\t${d}\t${x.toExponential(d)}`);
  }
  for (const p of specials.includes(x) ? [1, 2, 3, 7, 21, 100] : [1 + randInt(21), 1 + randInt(100)]) {
    lines.push(`p\t${hex(x)}\t${p}\t${x.toPrecision(p)}`);
  }
}
// Exact ties for the half-up rule: k/2^n with few digits.
for (let i = 0; i < 500 * SCALE; i++) {
  const n = 1 + randInt(12);
  const x = (randInt(2 ** 20) + 0.5) / 2 ** n;
  const d = Math.max(0, n - 1 + randInt(2));
  lines.push(`f\t${hex(x)}\t${Math.min(d, 100)}\t${x.toFixed(Math.min(d, 100))}`);
  const p = 1 + randInt(8);
  lines.push(`p\t${hex(x)}\t${p}\t${x.toPrecision(p)}`);
  lines.push(`e\t${hex(x)}\t${p - 1}\t${x.toExponential(p - 1)}`);
}

const enc = (s) => `"${s.replace(/[^\x20-\x7e]|["\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
const parseStrings = ['', ' ', '0', '-0', '+0', '-0z', '0x', '0X1f', '-0x1f', '0xz', '  42abc', '\u00a0\ufeff12',
  '\u3000-7', '1e3', '12.9', 'z', 'Z', 'zz', '1_000', '  ', '+', '-', '0b11', '0o17', '007', 'Infinity',
  '123456789012345678901234567890', '9007199254740993', '0x20000000000001', '0x20000000000003',
  '1'.repeat(400), 'f'.repeat(300), '7'.repeat(40), 'z'.repeat(20), '-zz'];
const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCXYZ+-. x\t';
for (let i = 0; i < 1000 * SCALE; i++) {
  let s = '';
  const n = randInt(30);
  for (let k = 0; k < n; k++) s += alphabet[randInt(rand() < 0.8 ? 16 : alphabet.length)];
  parseStrings.push(s);
}
const radixArgs = [0, 2, 8, 10, 16, 36, 1, 37, -1, 3, 7, 12, 20, 31, 32, 4, 5];
for (const s of parseStrings) {
  const rs = parseStrings.indexOf(s) < 40 ? radixArgs : [radixArgs[randInt(radixArgs.length)], 2 + randInt(35)];
  for (const r of rs) lines.push(`i\t${r}\t${enc(s)}\t${hexNum(parseInt(s, r))}`);
}

process.stdout.write(lines.join('\n') + '\n');
