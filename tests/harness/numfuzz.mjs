// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// A generator of random number-heavy programs for differential testing: the
// integer specialisations (intvars, intslots, versioned loops, integer
// parameters, integer array elements) are exact only if every guard is
// right, and hand-written tests cover the edges someone thought of. These
// programs mix the edges at random: values at ±2^31, 2^32 and 2^53, -0,
// fractions, NaN and infinities flowing through loops, calls, recursion and
// arrays. The same seed always gives the same program.
//
// `node tests/harness/numfuzz.mjs FIRST LAST [--opt N]` compiles seeds
// FIRST..LAST, compares each with Node and prints the seeds that differ
// (their programs are left in /tmp/numfuzz).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compile } from '../../dist/compiler/driver.js';
import { CompileError, formatDiagnostics } from '../../dist/compiler/diagnostics.js';
import { runProcess, runUnderNode } from './node-oracle.mjs';

/** mulberry32: a small, well-mixed 32-bit PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Literals at the edges of the integer representations, and ordinary ones.
const EDGE_LITERALS = [
  '2147483647', '2147483648', '-2147483648', '-2147483649', '4294967295', '4294967296',
  '9007199254740991', '9007199254740992', '-9007199254740991', '4503599627370496',
  '-0', '0.5', '-1.5', '1e20', '65536', '1073741824',
];
const RARE_LITERALS = ['NaN', 'Infinity', '-Infinity'];
const ARITH = ['+', '-', '*', '/', '%'];
const BITWISE = ['&', '|', '^', '<<', '>>', '>>>'];
const COMPARE = ['<', '<=', '>', '>=', '===', '!=='];
const COMPOUND = ['+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '>>>='];

class Generator {
  constructor(seed) {
    this.rand = prng(seed);
    this.lines = [];
    this.indent = 0;
    this.unique = 0;
  }

  int(n) { return Math.floor(this.rand() * n); }
  pick(list) { return list[this.int(list.length)]; }
  chance(p) { return this.rand() < p; }
  fresh(prefix) { return `${prefix}${this.unique++}`; }
  emit(line) { this.lines.push('  '.repeat(this.indent) + line); }

  literal() {
    const r = this.rand();
    if (r < 0.55) return String(this.int(12));
    if (r < 0.7) return String(-1 - this.int(6));
    if (r < 0.97) return this.pick(EDGE_LITERALS);
    return this.pick(RARE_LITERALS);
  }

  /** A number expression over `vars`; `depth` bounds its size. */
  expr(vars, depth) {
    if (depth <= 0 || this.chance(0.3)) return this.chance(0.6) && vars.length ? this.pick(vars) : this.literal();
    const a = () => this.expr(vars, depth - 1);
    switch (this.int(9)) {
      case 0: case 1: case 2: return `(${a()} ${this.pick(ARITH)} ${a()})`;
      case 3: return `(${a()} ${this.pick(BITWISE)} ${a()})`;
      case 4: return `(- ${a()})`;
      case 5: return `Math.imul(${a()}, ${a()})`;
      case 6: return `(${a()} | 0)`;
      case 7: return `Math.floor(${a()} / ${1 + this.int(9)})`;
      default: return `(${a()} % ${this.pick(['2', '3', '7', '-2', '16'])})`;
    }
  }

  condition(vars, depth) {
    switch (this.int(depth > 0 ? 5 : 3)) {
      case 0: case 1: {
        // Two literals compared are a type error in TypeScript (TS2367).
        const left = this.expr(vars, 2);
        return `${/^[-\w.]+$/.test(left) ? this.pick(vars) : left} ${this.pick(COMPARE)} ${this.expr(vars, 1)}`;
      }
      case 2: return `${this.pick(vars)} % ${this.pick(['2', '3', '5'])} === 0`;
      case 3: return `(${this.condition(vars, depth - 1)}) && (${this.condition(vars, depth - 1)})`;
      default: return `!(${this.condition(vars, depth - 1)})`;
    }
  }

  block(body) {
    this.indent++;
    body();
    this.indent--;
  }

  /**
   * Statements over `vars` (the numbers in scope); they assign only the
   * first `writable` of them, never a loop's own counter.
   */
  statements(vars, writable, depth, count, fns) {
    for (let i = 0; i < count; i++) this.statement(vars, writable, depth, fns);
  }

  statement(vars, writable, depth, fns) {
    const target = this.pick(vars.slice(0, writable));
    const kind = depth <= 0 ? this.int(4) : this.int(12);
    switch (kind) {
      case 0: case 1: this.emit(`${target} = ${this.expr(vars, 3)};`); break;
      case 2: this.emit(`${target} ${this.pick(COMPOUND)} ${this.expr(vars, 2)};`); break;
      case 3: this.emit(this.chance(0.5) ? `${target}++;` : `${target}--;`); break;
      case 4: {
        this.emit(`if (${this.condition(vars, 1)}) {`);
        this.block(() => this.statements(vars, writable, depth - 1, 1 + this.int(3), fns));
        if (this.chance(0.6)) {
          this.emit('} else {');
          this.block(() => this.statements(vars, writable, depth - 1, 1 + this.int(3), fns));
        }
        this.emit('}');
        break;
      }
      case 5: {
        const i = this.fresh('i');
        const up = this.chance(0.7);
        const n = 1 + this.int(40);
        this.emit(up ? `for (let ${i} = 0; ${i} < ${n}; ${i}++) {` : `for (let ${i} = ${n}; ${i} > 0; ${i}--) {`);
        this.block(() => this.statements([...vars, i], writable, depth - 1, 1 + this.int(4), fns));
        this.emit('}');
        break;
      }
      case 6: {
        // A loop whose exit depends on the values, bounded by a counter.
        const w = this.fresh('w');
        this.emit(`let ${w} = 0;`);
        this.emit(`while (${this.condition(vars, 1)} && ${w} < ${5 + this.int(60)}) {`);
        this.block(() => {
          this.statements(vars, writable, depth - 1, 1 + this.int(3), fns);
          this.emit(this.chance(0.8) ? `${w}++;` : `${w} += 1;`);
          if (this.chance(0.2)) this.emit(`if (${this.condition(vars, 0)}) break;`);
        });
        this.emit('}');
        break;
      }
      case 7: this.collatz(vars, writable); break;
      case 8: this.arrayWork(vars, writable); break;
      case 9: {
        // Calls only outside loops, so that run time cannot multiply.
        if (!fns.length || depth < 2) return this.statement(vars, writable, 0, fns);
        const f = this.pick(fns);
        const args = this.arguments(f, () => this.expr(vars, 1));
        this.emit(`${target} ${this.chance(0.5) ? '=' : '+='} ${f.name}(${args.join(', ')});`);
        break;
      }
      case 10: this.emit(`${target} = ctr.add(${this.expr(vars, 2)});`); break;
      default: this.emit(`console.log(${vars.filter(() => this.chance(0.6)).concat(target).join(', ')});`);
    }
  }

  /** A Collatz-like loop: halving or 3n+1 until 1, with a step bound. */
  collatz(vars, writable) {
    const n = this.fresh('n');
    const s = this.fresh('s');
    const start = this.chance(0.7) ? `${1 + this.int(100000)}` : this.chance(0.5) ? this.pick(vars) : this.literal();
    this.emit(`let ${n} = ${start};`);
    this.emit(`let ${s} = 0;`);
    this.emit(`while (${n} !== 1 && ${s} < ${50 + this.int(300)}) {`);
    this.block(() => {
      this.emit(`if (${n} % 2 === 0) ${n} = ${n} / 2;`);
      this.emit(`else ${n} = ${this.pick(['3', '5', '3'])} * ${n} + ${this.pick(['1', '1', '-1', '7'])};`);
      this.emit(`${s}++;`);
    });
    this.emit('}');
    this.emit(`${this.pick(vars.slice(0, writable))} += ${s};`);
    this.emit(`console.log(${n}, ${s});`);
  }

  /** Build an array, reverse it in place by swapping, fold it back. */
  arrayWork(vars, writable) {
    const a = this.fresh('a');
    const i = this.fresh('i');
    const lo = this.fresh('lo');
    const hi = this.fresh('hi');
    this.emit(`const ${a}: number[] = [];`);
    this.emit(`for (let ${i} = 0; ${i} < ${1 + this.int(20)}; ${i}++) ${a}.push(${this.expr([...vars, i], 2)});`);
    this.emit(`let ${lo} = ${this.chance(0.8) ? '0' : '1'};`);
    this.emit(`let ${hi} = ${a}.length - 1;`);
    this.emit(`while (${lo} < ${hi}) {`);
    this.block(() => {
      const t = this.fresh('t');
      this.emit(`const ${t} = ${a}[${lo}];`);
      this.emit(`${a}[${lo}] = ${a}[${hi}];`);
      this.emit(`${a}[${hi}] = ${t};`);
      this.emit(`${lo}++;`);
      this.emit(`${hi}--;`);
    });
    this.emit('}');
    const j = this.fresh('j');
    this.emit(`for (let ${j} = 0; ${j} < ${a}.length; ${j}++) {`);
    this.block(() => this.emit(`${this.pick(vars.slice(0, writable))} ${this.pick(['+=', '-=', '^=', '|='])} ${a}[(${j} * 7 + 3) % ${a}.length];`));
    this.emit('}');
    this.emit(`console.log(${a}.join(','));`);
  }

  /**
   * A class with a number field, a method and a function-typed field
   * assigned once (a closure over a constructor parameter), called through
   * the field as richards' scheduler does.
   */
  counterClass() {
    this.emit('class Counter {');
    this.block(() => {
      this.emit('total: number;');
      this.emit('readonly step: (v: number) => number;');
      this.emit('constructor(start: number, k: number) {');
      this.block(() => {
        this.emit('this.total = start;');
        this.emit(`this.step = (v: number): number => ${this.expr(['v', 'k'], 2)};`);
      });
      this.emit('}');
      this.emit('add(v: number): number {');
      this.block(() => {
        this.emit('const t = this.total;');
        this.emit(`this.total = ${this.expr(['t', 'v', 'this.step(v)'], 2)};`);
        this.emit('return this.total;');
      });
      this.emit('}');
    });
    this.emit('}');
  }

  /** Arguments for `f`: a recursive function's depth bound is a small literal. */
  arguments(f, value) {
    return Array.from({ length: f.arity }, (_, k) => (f.recursive && k === 1 ? String(this.int(12)) : value()));
  }

  /** A function of 1-3 number parameters that may call the earlier ones. */
  func(name, fns) {
    const arity = 1 + this.int(3);
    const params = Array.from({ length: arity }, (_, k) => `p${k}`);
    this.emit(`function ${name}(${params.map((p) => `${p}: number`).join(', ')}): number {`);
    this.block(() => {
      const locals = ['x', 'y', 'z'];
      for (const l of locals) this.emit(`let ${l}: number = ${this.expr(params, 1)};`);
      this.emit(`const ctr = new Counter(${this.expr(params, 1)}, ${this.expr(params, 1)});`);
      const vars = [...locals, ...params];
      this.statements(vars, vars.length, 2, 2 + this.int(4), fns);
      this.emit(`return ${this.expr(vars, 2)};`);
    });
    this.emit('}');
    return { name, arity };
  }

  /** A self-recursive function with a depth bound (fib-like shape). */
  recursive(name) {
    const op = this.pick(['+', '-', '*', '^', '+']);
    this.emit(`function ${name}(n: number, d: number): number {`);
    this.block(() => {
      this.emit(`if (d <= 0 || n < ${this.pick(['2', '1', '3'])}) return n${this.chance(0.3) ? ' * 2' : ''};`);
      this.emit(`return ${name}(n - 1, d - 1) ${op} ${name}(n - ${this.pick(['2', '1', '3'])}, d - 1);`);
    });
    this.emit('}');
    return { name, arity: 2, recursive: true };
  }

  program(seed) {
    this.emit('// SPDX-License-Identifier: ISC');
    this.emit('// Copyright (c) 2026, the tsxen authors');
    this.emit(`// numfuzz seed ${seed}: a generated number-heavy program (tests/harness/numfuzz.mjs)`);
    this.counterClass();
    const fns = [];
    const count = 2 + this.int(4);
    for (let k = 0; k < count; k++) {
      fns.push(this.chance(0.25) ? this.recursive(`r${k}`) : this.func(`f${k}`, fns));
    }
    // Every function is called directly; some are also taken as values, so
    // a specialised calling convention must still serve the indirect calls.
    const calls = 3 + this.int(5);
    for (let c = 0; c < calls; c++) {
      const f = this.pick(fns);
      this.emit(`console.log(${f.name}(${this.arguments(f, () => this.literal()).join(', ')}));`);
    }
    for (const f of fns.filter(() => this.chance(0.3))) {
      const g = this.fresh('g');
      const params = Array.from({ length: f.arity }, (_, k) => `a${k}: number`).join(', ');
      this.emit(`const ${g}: (${params}) => number = ${f.name};`);
      this.emit(`console.log(${g}(${this.arguments(f, () => this.literal()).join(', ')}));`);
    }
    return this.lines.join('\n') + '\n';
  }
}

/** The program for `seed`. */
export function generateProgram(seed) {
  return new Generator(seed).program(seed);
}

/**
 * Generates seed's program in `work`, runs it under Node and compiled at
 * `opt`: the two outputs, or the compiler's diagnostics.
 */
async function runSeed(seed, opt, work) {
  const file = path.join(work, `seed${seed}.ts`);
  fs.writeFileSync(file, generateProgram(seed));
  const expected = await runUnderNode(file, work);
  const exe = path.join(work, `seed${seed}`);
  try {
    compile({ entry: file, output: exe, target: 'linux', opt });
  } catch (e) {
    if (e instanceof CompileError) return { file, diagnostics: formatDiagnostics(e.diagnostics, false) };
    throw e;
  }
  return { file, expected, actual: await runProcess(exe, []) };
}

/**
 * A mocha suite: seeds first..last compiled at `opt`, each compared with
 * Node. A program that differs is reproduced by `node tests/harness/numfuzz.mjs SEED`.
 */
export function numfuzzSuite(first, last, opt) {
  describe(`numfuzz: generated number-heavy programs, seeds ${first}-${last}, -O${opt}`, function () {
    this.timeout(opt === 3 ? 180000 : 60000);
    let work;
    before(() => { work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-numfuzz-')); });
    after(() => fs.rmSync(work, { recursive: true, force: true }));
    for (let seed = first; seed <= last; seed++) {
      it(`seed ${seed}`, async () => {
        const r = await runSeed(seed, opt, work);
        const again = `reproduce: node tests/harness/numfuzz.mjs ${seed} ${seed} --opt ${opt}`;
        if (r.diagnostics) assert.fail(`${r.diagnostics}\n${again}`);
        assert.equal(r.actual.stdout, r.expected.stdout, `stdout differs from Node; ${again}`);
        assert.equal(r.actual.status, r.expected.status, `exit status differs from Node; ${again}`);
      });
    }
  });
}

async function main(argv) {
  const [first, last] = [Number(argv[0] ?? 1), Number(argv[1] ?? argv[0] ?? 50)];
  const optAt = argv.indexOf('--opt');
  const opt = optAt >= 0 ? Number(argv[optAt + 1]) : 2;
  const work = '/tmp/numfuzz';
  fs.mkdirSync(work, { recursive: true });
  const bad = [];
  for (let seed = first; seed <= last; seed++) {
    const r = await runSeed(seed, opt, work);
    if (r.diagnostics) console.log(`seed ${seed}: not compiled: ${r.diagnostics.split('\n')[0]}`);
    else if (r.actual.stdout !== r.expected.stdout || r.actual.status !== r.expected.status) console.log(`seed ${seed}: differs from Node (${r.file})`);
    else continue;
    bad.push(seed);
  }
  console.log(bad.length ? `${bad.length} of ${last - first + 1} differ: ${bad.join(' ')}` : `all ${last - first + 1} agree with Node`);
  process.exitCode = bad.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
