// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

// Writes rt/testdata/console_cases.txt for rt/console.zig's tests: one
// console.log call a line, "<args> = <bytes>", where each argument is
//   u (undefined) | l (null) | b0 | b1 | n<f64 bits hex> | s<UTF-16 units hex, 4 digits each>
// separated by commas, and <bytes> is the hex of the UTF-8 that Node writes
// (formatWithOptions({}, ...args) + "\n", as console.log does on a pipe).
// Usage: node tests/rt/gen_console_cases.mjs > rt/testdata/console_cases.txt

import { formatWithOptions } from 'node:util';

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

let state = 0x853c49e6748fea9bn;
function next64() {
  state ^= (state << 13n) & 0xffffffffffffffffn;
  state ^= state >> 7n;
  state ^= (state << 17n) & 0xffffffffffffffffn;
  return state;
}
const rand = () => Number(next64() >> 11n) / 2 ** 53;
const pick = (a) => a[Math.floor(rand() * a.length)];

function encode(v) {
  if (v === undefined) return 'u';
  if (v === null) return 'l';
  if (typeof v === 'boolean') return v ? 'b1' : 'b0';
  if (typeof v === 'number') { f64[0] = v; return 'n' + u64[0].toString(16).padStart(16, '0'); }
  let s = 's';
  for (let i = 0; i < v.length; i++) s += v.charCodeAt(i).toString(16).padStart(4, '0');
  return s;
}

const lines = [];
function add(...args) {
  const out = Buffer.from(formatWithOptions({}, ...args) + '\n', 'utf8');
  lines.push(`${args.map(encode).join(',')} = ${out.toString('hex')}`);
}

const multiline = 'first line of a long string\nsecond line, still going on\nthird line here\n'.repeat(2);
const strings = ['', 'x', '42', ' 12 ', '0x1F', '0b11', '-0', '1e3', '1.5e', '-.5', 'Infinity',
  '-Infinity', 'infinity', '\u00a0 7 \u3000', 'abc', "it's", 'a"b', 'a\'b"c', 'a\'b"c`', "a'b\"c${",
  '\u00e9t\u00e9', '\ud83d\ude00', '\ud83d', '\ude00', 'x\ud800y', '\u0000\u0007\b\t\n\u000b\f\r\u001b\u001f',
  '\u007f\u0085\u009f\u00a0', '\\', '\u2028\u2029', '%s', '%%', '%d', 'a%', '%', multiline,
  'y'.repeat(100), 'z\n'.repeat(50), '12345678901234567890123',
  '0x' + 'f'.repeat(20), '1'.repeat(400), '  -0x10', '+5', '0.0000001', '5.e3'];
const numbers = [0, -0, 1, -1, 1.5, -0.5, NaN, Infinity, -Infinity, 1e21, 1e-7, 123456789,
  0.1 + 0.2, 2 ** 53, -(2 ** 31), 5e-324, 1.7976931348623157e308, 1e20, 0.000001, 42.42, -1e-7];
const others = [undefined, null, true, false];

// Hand-picked cases.
add();
add('hello');
add('hello', 'world');
for (const s of strings) add(s);
for (const x of [...numbers, ...others]) add(x);
for (const spec of ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c']) {
  for (const v of [...strings, ...numbers, ...others]) add(`<${spec}>`, v);
}
add('%% %s', 'a', '%%');
add('%%');
add('%%', 1);
add('a%', 1);
add('%s %s', 1);
add('%s%s%s', 'a');
add('%c%s', 'color: red', 't');
add('%x %s', 1);
add('%%s', 1);
add('%%%s', 1);
add('%s', '%s', 'x');
add(1, '%s', 'x');
add('\ud83d%s', '\ude00');
add('\ud83d', '\ude00');
add('%s\ude00', '\ud83d');
add('%d%d', 1);
add('%s:%s', undefined, null);
add('', 1);
add('', '');
add('x', '');
for (const long of ['q'.repeat(10005), 'q'.repeat(10001), 'q\n'.repeat(5001)]) {
  add('%o', long);
}

// Random formats and arguments.
const pieces = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%', '%x', 'a', ' b ', '\n', '\u00e9',
  '\ud83d\ude00', '\ud800', '\udc00', '%s%', '"'];
const pool = [...strings.filter((s) => s.length < 200), ...numbers, ...others];
for (let i = 0; i < 1500; i++) {
  let fmt = '';
  const n = Math.floor(rand() * 6);
  for (let j = 0; j < n; j++) fmt += pick(pieces);
  const args = [fmt];
  const m = Math.floor(rand() * 5);
  for (let j = 0; j < m; j++) args.push(rand() < 0.5 ? pick(pool) : rand() * 10 ** (Math.floor(rand() * 40) - 20));
  if (rand() < 0.15) args[0] = pick(pool);
  add(...args);
}

process.stdout.write(lines.join('\n') + '\n');
