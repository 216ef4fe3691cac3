// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

// Writes rt/testdata/math_fn_cases.txt for rt/math.zig's tests. Per Math function:
//   "fn <name> <count> <seed hex> <digest hex>"  then explicit cases
//   "<x hex> [<y hex>] <result hex>"              (doubles as 16 hex digits of their bits)
// The digest is FNV-1a-64 over the little-endian bytes of the results (NaN
// canonicalised to 7ff8000000000000) of <count> inputs drawn by the same
// generator rt/math.zig's `Gen` implements, so the bulk check costs one line.
// Usage: node tests/rt/gen_math_fn_cases.mjs > rt/testdata/math_fn_cases.txt

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const M64 = 0xffffffffffffffffn;
const bitsOf = (x) => { f64[0] = x; return u64[0]; };
const fromBits = (b) => { u64[0] = b; return f64[0]; };
const canon = (x) => (Number.isNaN(x) ? 0x7ff8000000000000n : bitsOf(x));
const hex = (x) => canon(x).toString(16).padStart(16, '0');

class Gen {
  constructor(seed) { this.s = seed; }
  next() {
    let s = this.s;
    s ^= (s << 13n) & M64;
    s ^= s >> 7n;
    s ^= (s << 17n) & M64;
    this.s = s;
    return s;
  }
  unit() { return Number(this.next() >> 11n) * 2 ** -53; }
  input() {
    const kind = this.next() % 3n;
    if (kind === 0n) return fromBits(this.next());
    if (kind === 1n) {
      const scales = [1e-300, 1e-20, 1e-8, 1e-3, 0.5, 1, 2, 10, 50, 100, 710, 1e4, 1e6, 1e10, 1e20, 1e300];
      const r = scales[Number(this.next() % BigInt(scales.length))];
      return (this.unit() * 2 - 1) * r;
    }
    return (this.unit() * 2 - 1) * 8;
  }
}

const unary = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'clz32',
  'cos', 'cosh', 'exp', 'expm1', 'floor', 'fround', 'log', 'log1p', 'log10', 'log2', 'round',
  'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc'];
const binary = ['atan2', 'hypot', 'imul', 'max', 'min', 'pow'];

const specials = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.5, -0.5, 2, -2, 1.5, -1.5, 2.5, -2.5,
  Math.PI, -Math.PI, Math.PI / 2, -Math.PI / 2, Math.PI / 4, Math.E, 1e-300, 5e-324, -5e-324,
  2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 2 ** 52 + 0.5,
  0.49999999999999994, -0.49999999999999994, 4503599627370495.5, 1 + 2 ** -52, 1 - 2 ** -53,
  709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, 710.4758600739439,
  22, -22, 1e-8, 2 ** -28, 2 ** -29, 2 ** -54, 2 ** 28, 2 ** 31, 2 ** 32, -(2 ** 31), 2 ** 53,
  1e21, 1e300, 3, 27, 8, 100, 1000, 0.1, 0.7, 0.9, 0.99, 0.999999, 1.000001, 10, 1e10, 1e22,
  6.283185307179586, 1e15 + 0.3, 4294967295, 4294967296.5, -4294967297];

const seedBase = 0x2545f4914f6cdd1dn;
const out = [];
// COUNT=n draws n bulk inputs per function instead (a deeper one-off check; same file size).
const COUNT = Number(process.env.COUNT || 20000);

function explicitInputs(g) {
  const xs = [...specials];
  for (let i = 0; i < 40; i++) xs.push((g.unit() - 0.5) * 2 ** (Math.floor(g.unit() * 2100) - 1075));
  // Near multiples of pi/2 (hard argument reduction) and near 1 (log, acos...).
  for (let k = 1; k < 40; k++) { xs.push(k * Math.PI / 2); xs.push(-k * Math.PI / 2 * 1.0000000001); }
  for (let k = 0; k < 30; k++) xs.push(1 + (g.unit() - 0.5) * 2 ** -(Math.floor(g.unit() * 52)));
  for (let k = 0; k < 30; k++) xs.push((g.unit() - 0.5) * 2 ** (Math.floor(g.unit() * 64) + 19));
  return xs;
}

let fnIndex = 0;
for (const name of [...unary, ...binary]) {
  const bin = binary.includes(name);
  const fn = Math[name];
  const seed = (seedBase * BigInt(++fnIndex * 7919)) & M64 || 1n;
  const g = new Gen(seed);
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < COUNT; i++) {
    const x = g.input();
    const y = bin ? g.input() : 0;
    let b = canon(bin ? fn(x, y) : fn(x));
    for (let k = 0; k < 8; k++) {
      h ^= b & 0xffn;
      h = (h * 0x100000001b3n) & M64;
      b >>= 8n;
    }
  }
  out.push(`fn ${name} ${COUNT} ${seed.toString(16)} ${h.toString(16)}`);
  const eg = new Gen(seed ^ 0x9e3779b97f4a7c15n);
  const xs = explicitInputs(eg);
  if (bin) {
    const ys = [...specials];
    for (let i = 0; i < 200; i++) {
      const x = i < xs.length ? xs[i] : eg.input();
      const y = ys[i % ys.length];
      out.push(`${hex(x)} ${hex(y)} ${hex(fn(x, y))}`);
      out.push(`${hex(y)} ${hex(x)} ${hex(fn(y, x))}`);
    }
    for (let i = 0; i < 150; i++) {
      const x = eg.input();
      const y = eg.input();
      out.push(`${hex(x)} ${hex(y)} ${hex(fn(x, y))}`);
    }
  } else {
    for (const x of xs) out.push(`${hex(x)} ${hex(fn(x))}`);
    for (let i = 0; i < 100; i++) { const x = eg.input(); out.push(`${hex(x)} ${hex(fn(x))}`); }
  }
}
process.stdout.write(out.join('\n') + '\n');
