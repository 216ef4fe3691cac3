// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

// Writes rt/testdata/string_cases.txt for rt/string_methods.zig's tests: String
// methods applied by Node to generated strings, one tab-separated case a line:
//   <method> <receiver> <arguments...> <result>
// Strings are quoted, printable ASCII except `"` and `\` kept, every other code
// unit written \uXXXX; numbers are the 16 hex digits of their bits; `undefined`
// is literal; split's array is its quoted strings joined by | in brackets.
// Usage: node tests/rt/gen_string_cases.mjs > rt/testdata/string_cases.txt
// SCALE=n multiplies the random cases, for a deeper one-off check (the file grows n-fold).
const SCALE = Number(process.env.SCALE || 1);

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const num = (x) => { f64[0] = x; return Number.isNaN(x) ? '7ff8000000000000' : u64[0].toString(16).padStart(16, '0'); };
const str = (s) => (s === undefined ? 'undefined'
  : `"${s.replace(/[^\x20-\x7e]|["\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`);
const val = (v) => (typeof v === 'string' ? str(v) : typeof v === 'number' ? num(v)
  : Array.isArray(v) ? `[${v.map(str).join('|')}]` : String(v));

let state = 0x0ddc0ffeebadf00dn;
function next64() {
  state ^= (state << 13n) & 0xffffffffffffffffn;
  state ^= state >> 7n;
  state ^= (state << 17n) & 0xffffffffffffffffn;
  return state;
}
const rand = () => Number(next64() >> 11n) / 2 ** 53;
const randInt = (n) => Math.floor(rand() * n);
const pick = (a) => a[randInt(a.length)];

// Pieces strings are made of: ASCII, separators, $ patterns, white space and
// line terminators, Latin-1, Greek (sigma contexts), special casings,
// combining marks, astral characters and lone surrogates.
const pieces = ['a', 'b', 'c', 'A', 'B', 'Z', 'z', '0', '1', ' ', ',', '.', '-', '$', '$&', '$$', '$`', "$'",
  '$1', '$<n>', 'ab', 'abc', ', ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a',
  '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u200b', '\u00df', '\u00e9', '\u00c9',
  '\u00ff', '\u0178', '\u0130', '\u0131', '\u0149', '\u01f0', '\u0390', '\u03b0', '\u1e9e', '\ufb00', '\ufb03',
  '\u0587', '\u1f80', '\u1fb3', '\u1fbc', '\u03a3', '\u03a3', '\u03c3', '\u03c2', '\u0391', '\u03b1', '\u0301',
  '\u0345', '\u00ad', "'", '\u2019', '.', '\u0399', '\u0308', '\u0130', '\u01c5', '\u01c4', '\u01c6',
  '\u10a0', '\u13a0', '\uab70', '\u2c2f', '\ud801\udc28', '\ud801\udc00', '\ud83d\ude00', '\ud800', '\udc00',
  '\u0041\u030a', 'x', 'y', '\u24b6', '\u24d0', '\u2160', '\u216f', '\u0323', '\u0069\u0307', 'I', 'i', '\u03f4',
  '\u1e9b', '\u212a', '\u2126'];
function randStr(maxPieces = 8) {
  let s = '';
  const n = randInt(maxPieces + 1);
  for (let i = 0; i < n; i++) s += pick(pieces);
  return s;
}
function randPos(len) {
  switch (randInt(8)) {
    case 0: return pick([NaN, Infinity, -Infinity, -0, 0.5, -0.5, 1e10, -1e10, 2 ** 32, 2 ** 32 + 1]);
    case 1: return randInt(len + 3) + 0.7;
    default: return randInt(2 * len + 5) - len - 2;
  }
}

const lines = [];
const add = (method, args, result) => lines.push([method, ...args.map(val), val(result)].join('\t'));

for (let iter = 0; iter < 4500 * SCALE; iter++) {
  const s = randStr();
  const len = s.length;
  const p = randPos(len);
  const q = randPos(len);
  // A search string: usually a piece of s, sometimes anything.
  let w = rand() < 0.6 && len > 0 ? s.slice(randInt(len), randInt(len + 1)) : randStr(2);
  if (rand() < 0.1) w = '';
  switch (iter % 17) {
    case 0: add('charCodeAt', [s, p], s.charCodeAt(p)); add('codePointAt', [s, p], s.codePointAt(p)); break;
    case 1: add('charAt', [s, p], s.charAt(p)); add('at', [s, p], s.at(p)); add('index', [s, p], s[p]); break;
    case 2: add('indexOf', [s, w, p], s.indexOf(w, p)); add('lastIndexOf', [s, w, p], s.lastIndexOf(w, p));
      add('lastIndexOf', [s, w, NaN], s.lastIndexOf(w)); break;
    case 3: add('includes', [s, w, p], s.includes(w, p)); add('startsWith', [s, w, p], s.startsWith(w, p));
      add('endsWith', [s, w, p], s.endsWith(w, p)); add('endsWith', [s, w, Infinity], s.endsWith(w)); break;
    case 4: add('slice', [s, p, q], s.slice(p, q)); add('slice', [s, p, Infinity], s.slice(p)); break;
    case 5: add('substring', [s, p, q], s.substring(p, q)); add('substring', [s, p, Infinity], s.substring(p)); break;
    case 6: add('substr', [s, p, q], s.substr(p, q)); add('substr', [s, p, Infinity], s.substr(p)); break;
    case 7: {
      const lim = pick([4294967295, 0, 1, 2, 3, 5, -1, 4294967296 + 2, NaN, Infinity, 2.5]);
      add('split', [s, w, lim], s.split(w, lim));
      add('split', [s, w, 4294967295], s.split(w));
      if (rand() < 0.2) add('split', [s, undefined, 4294967295], s.split(undefined));
      break;
    }
    case 8: { const r = randStr(3); add('concat', [s, w, r], s.concat(w, r)); break; }
    case 9: { const n = pick([0, 1, 2, 3, 0.5, 2.9, -0.5, NaN]); add('repeat', [s, n], s.repeat(n)); break; }
    case 10: {
      const n = pick([0, 1, len, len + 1, len + 3, len + 7, NaN, -5, 2.5, len + 10]);
      const fill = pick([undefined, '', '*', 'ab', 'xyz', '\ud83d\ude00', '\u03a3']);
      add('padStart', [s, n, fill], s.padStart(n, fill)); add('padEnd', [s, n, fill], s.padEnd(n, fill)); break;
    }
    case 11: add('trim', [s], s.trim()); add('trimStart', [s], s.trimStart()); add('trimEnd', [s], s.trimEnd()); break;
    case 12: case 13: { const t = randStr(12); add('toUpperCase', [t], t.toUpperCase()); add('toLowerCase', [t], t.toLowerCase()); break; }
    case 14: { const r = randStr(4); add('replace', [s, w, r], s.replace(w, r)); add('replaceAll', [s, w, r], s.replaceAll(w, r)); break; }
    case 15: {
      const codes = [];
      const n = 1 + randInt(3);
      for (let k = 0; k < n; k++) codes.push(pick([65, 0x3a3, 0xd83d, 0xde00, 65536 + 66, -1, 1e10 + 7, 97.9, NaN, 0x10ffff, 0xfeff, randInt(0x110000)]));
      add('fromCharCode', codes, String.fromCharCode(...codes));
      const cps = codes.filter((c) => Number.isInteger(c) && c >= 0 && c <= 0x10ffff);
      if (cps.length) add('fromCodePoint', cps, String.fromCodePoint(...cps));
      break;
    }
    default: { const t = randStr(12); add('toLowerCase', [t], t.toLowerCase()); }
  }
}
// localeCompare on ASCII strings (exact) and on strings differing only in code-unit order.
const asciiPieces = ['a', 'A', 'b', 'B', 'z', 'Z', '0', '9', ' ', '-', '_', '.', ',', '!', '~', '\t', '\u0001', 'ab', 'Ab', 'aB', '10', '2', '$', '@', '[', '`', '{', '\u007f'];
for (let i = 0; i < 1500 * SCALE; i++) {
  let a = '';
  let b = '';
  for (let k = randInt(6); k > 0; k--) a += pick(asciiPieces);
  b = rand() < 0.3 ? a.toUpperCase() : rand() < 0.5 ? a.slice(0, randInt(a.length + 1)) + pick(asciiPieces) : '';
  for (let k = randInt(4); k > 0; k--) b += pick(asciiPieces);
  add('localeCompare', [a, b], a.localeCompare(b));
}
// Final sigma in context, and every piece alone.
for (const a of pieces) for (const b of ['', 'A', '\u0301', '.', ' ', '\u03a3']) {
  const t = a + '\u03a3' + b;
  add('toLowerCase', [t], t.toLowerCase());
  add('toUpperCase', [a], a.toUpperCase());
}
process.stdout.write(lines.join('\n') + '\n');
