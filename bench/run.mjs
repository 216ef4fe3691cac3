// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The yardstick (`npm run bench`, i.e. scripts/bench): compiles every
// bench/programs/*.ts with tsxen (--target linux -O3) and runs it against the
// same file under Node (plain TypeScript transpile), a C version
// (bench/c/*.c, gcc -O2) and an AssemblyScript version (bench/as/*.ts, asc
// -O3) where those exist; then measures the kernel: image sizes, boot time
// under QEMU, the smallest memory hello boots in, and compile times; and
// binary-trees at depths 16 and 18 for time, peak RSS and GC pauses. Every
// figure and ratio is measured in this one invocation. It prints a table and
// writes bench/results.json. It never asserts on a time.
//
// Usage: scripts/bench [--runs N] [--only a,b,...] [--no-kernel] [--no-as]
//   --runs N   runs per implementation; the median wall time counts (default
//              3, or $BENCH_RUNS)
//   --only     just these programs (names of bench/programs/*.ts)
//
// Timing: each run goes through build/bench/measure (bench/tools/measure.c),
// which forks the command, waits for it with wait4 and reports the wall time
// (CLOCK_MONOTONIC, fork to exit) and the child's own peak RSS (ru_maxrss) on
// file descriptor 3. Runs of the implementations are interleaved round by
// round so that drift in machine load spreads evenly.
//
// Output check: Node's stdout is the reference; any other implementation
// whose stdout differs (or whose exit status is not 0) is flagged and gets no
// ratio.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const OUT = path.join(ROOT, 'build', 'bench');
const TSXEN = path.join(ROOT, 'bin', 'tsxen');
const ASC = path.join(ROOT, 'node_modules', '.bin', 'asc');
const MEASURE = path.join(OUT, 'measure');
const RUN_TIMEOUT_MS = 180_000;

// ---------------------------------------------------------------- options
function parseArgs(argv) {
  const opts = { runs: Number(process.env.BENCH_RUNS ?? 3), only: null, kernel: true, as: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs' || a === '-n') opts.runs = Number(argv[++i]);
    else if (a.startsWith('--runs=')) opts.runs = Number(a.slice(7));
    else if (a === '--only') opts.only = argv[++i].split(',');
    else if (a.startsWith('--only=')) opts.only = a.slice(7).split(',');
    else if (a === '--no-kernel') opts.kernel = false;
    else if (a === '--no-as') opts.as = false;
    else if (a === '-h' || a === '--help') {
      console.log('usage: scripts/bench [--runs N] [--only a,b,...] [--no-kernel] [--no-as]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) {
    console.error('bench: --runs wants a positive integer');
    process.exit(2);
  }
  return opts;
}

// ---------------------------------------------------------------- processes
/**
 * Runs argv through the measure wrapper. Resolves with stdout, stderr,
 * status (exit status, 128+signal) and, when measured, wall seconds and peak
 * RSS in KiB.
 */
function measured(argv, { env, timeoutMs = RUN_TIMEOUT_MS } = {}) {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout kills the measured program
    // too (killing only the wrapper left it running, holding the pipes open).
    const child = spawn(MEASURE, argv, {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', ...env },
      detached: true,
    });
    const out = [];
    const err = [];
    const stats = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.stdio[3].on('data', (d) => stats.push(d));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', () => {
      clearTimeout(timer);
      const line = Buffer.concat(stats).toString().trim();
      const [wall, rss, status] = line.split(' ').map(Number);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        status: line ? status : timedOut ? 124 : 125,
        wall: line ? wall : NaN,
        rssKiB: line ? rss : NaN,
        timedOut,
      });
    });
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function geomean(xs) {
  return xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : NaN;
}

function stripAnsi(s) {
  return s.replace(/\x1b\[[0-9;]*m/g, '');
}

/** The first line of a diagnostic (tsc format), else the first non-empty line. */
function firstDiagnostic(text) {
  const lines = stripAnsi(text).split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => / error TSX?\d+/.test(l)) ?? lines[0] ?? '(no message)').replace(ROOT + '/', '');
}

function oneLine(s, max = 110) {
  const t = stripAnsi(s).trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

function say(msg) {
  process.stderr.write(msg + '\n');
}

// ---------------------------------------------------------------- building
function buildMeasure() {
  fs.mkdirSync(OUT, { recursive: true });
  const src = path.join(BENCH, 'tools', 'measure.c');
  if (fs.existsSync(MEASURE) && fs.statSync(MEASURE).mtimeMs > fs.statSync(src).mtimeMs) return;
  const r = spawnSync('gcc', ['-O2', '-Wall', '-o', MEASURE, src], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench: cannot build bench/tools/measure.c');
}

function programSource(name) {
  return path.join(BENCH, 'programs', `${name}.ts`);
}

function transpileForNode(name, src = programSource(name)) {
  const dst = path.join(OUT, 'node', `${name}.cjs`);
  fs.mkdirSync(path.dirname(dst), { recursive: true });
  // A plain transpile, as the conformance oracle does, but with assignment
  // semantics for class fields: with ES2022's [[Define]] fields (the
  // default), V8 first creates every field as undefined and then stores a
  // double, which leaves the fields boxed (nbody: 6x slower). Programs in the
  // subset cannot tell the two apart, so Node gets the faster shape.
  const out = ts.transpileModule(fs.readFileSync(src, 'utf8'), {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      useDefineForClassFields: false,
    },
    fileName: src,
  });
  fs.writeFileSync(dst, out.outputText);
  return dst;
}

async function compileTsxen(name, src = programSource(name)) {
  const exe = path.join(OUT, 'tsxen', name);
  fs.mkdirSync(path.dirname(exe), { recursive: true });
  fs.rmSync(exe, { force: true });
  const r = await measured([process.execPath, TSXEN, 'compile', src, '--target', 'linux', '-O3', '-o', exe]);
  if (r.status !== 0 || !fs.existsSync(exe)) {
    return { ok: false, note: r.status === 1 ? `not compiled: ${firstDiagnostic(r.stderr + r.stdout)}` : `compiler failed (status ${r.status}): ${oneLine(r.stderr + r.stdout)}` };
  }
  return { ok: true, argv: [exe], compileSeconds: r.wall };
}

async function compileC(name) {
  const src = path.join(BENCH, 'c', `${name}.c`);
  if (!fs.existsSync(src)) return null;
  const exe = path.join(OUT, 'c', name);
  fs.mkdirSync(path.dirname(exe), { recursive: true });
  const r = await measured(['gcc', '-O2', '-o', exe, src, '-lm']);
  if (r.status !== 0) return { ok: false, note: `gcc failed: ${oneLine(r.stderr)}` };
  return { ok: true, argv: [exe], compileSeconds: r.wall };
}

async function compileAs(name) {
  const src = path.join(BENCH, 'as', `${name}.ts`);
  if (!fs.existsSync(src)) return null;
  if (!fs.existsSync(ASC)) return { ok: false, note: 'asc not installed (npm ci)' };
  const wasm = path.join(OUT, 'as', `${name}.wasm`);
  fs.mkdirSync(path.dirname(wasm), { recursive: true });
  const r = await measured([ASC, src, '-O3', '--bindings', 'raw', '-o', wasm]);
  if (r.status !== 0) return { ok: false, note: `asc failed: ${firstDiagnostic(r.stderr + r.stdout)}` };
  return { ok: true, argv: [process.execPath, path.join(BENCH, 'as', 'host.mjs'), wasm], compileSeconds: r.wall };
}

// ---------------------------------------------------------------- programs
const IMPLS = ['node', 'tsxen', 'c', 'as'];

/**
 * Runs one program under every implementation. `variant` (memory figures)
 * gives another source and extra arguments for the tsxen executable, and
 * leaves out C and AssemblyScript.
 */
async function benchProgram(name, opts, variant = null) {
  const tsxen = await compileTsxen(name, variant?.src);
  if (tsxen.ok && variant) tsxen.argv.push(...variant.tsxenArgs);
  const impls = {
    node: { ok: true, argv: [process.execPath, transpileForNode(name, variant?.src)] },
    tsxen,
    c: variant ? null : await compileC(name),
    as: opts.as && !variant ? await compileAs(name) : null,
  };
  for (const k of IMPLS) {
    const im = impls[k];
    if (im) Object.assign(im, { walls: [], rssKiB: 0, output: null });
  }
  for (let round = 0; round < opts.runs; round++) {
    for (const k of IMPLS) {
      const im = impls[k];
      if (!im || !im.ok) continue;
      const r = await measured(im.argv);
      if (r.status !== 0) {
        im.ok = false;
        im.note = r.timedOut ? `timed out after ${RUN_TIMEOUT_MS / 1000}s` : `failed: exit status ${r.status}${r.stderr ? ': ' + oneLine(r.stderr) : ''}`;
        continue;
      }
      if (im.output === null) im.output = r.stdout;
      else if (im.output !== r.stdout) {
        im.ok = false;
        im.note = 'output differs between runs';
        continue;
      }
      im.walls.push(r.wall);
      im.rssKiB = Math.max(im.rssKiB, r.rssKiB);
      if (k === 'tsxen') im.gc = worseGc(im.gc, parseGcStats(r.stderr));
    }
  }
  const reference = impls.node.ok ? impls.node.output : null;
  const result = { name, impls: {} };
  for (const k of IMPLS) {
    const im = impls[k];
    if (!im) {
      result.impls[k] = { status: 'absent' };
      continue;
    }
    let status = im.ok ? 'ok' : im.note?.startsWith('not compiled') ? 'not compiled' : 'failed';
    let note = im.note;
    if (im.ok && k !== 'node' && reference !== null && im.output !== reference) {
      status = 'mismatch';
      note = `output differs from Node's: got ${JSON.stringify(oneLine(im.output, 60))}, Node ${JSON.stringify(oneLine(reference, 60))}`;
    }
    result.impls[k] = {
      status,
      ...(note ? { note } : {}),
      ...(im.compileSeconds !== undefined ? { compileSeconds: round3(im.compileSeconds) } : {}),
      ...(status === 'ok' ? { seconds: round3(median(im.walls)), runs: im.walls.map(round3), peakRssKiB: im.rssKiB } : {}),
      ...(status === 'ok' && im.gc ? { gc: im.gc } : {}),
    };
  }
  if (reference !== null) result.output = reference.trimEnd().split('\n').slice(-1)[0];
  const t = result.impls;
  result.ratios = {};
  for (const k of ['node', 'c', 'as']) {
    if (t.tsxen.status === 'ok' && t[k].status === 'ok') result.ratios[`tsxen/${k}`] = round3(t.tsxen.seconds / t[k].seconds);
  }
  for (const k of ['c', 'as']) {
    if (t.node.status === 'ok' && t[k].status === 'ok') result.ratios[`${k}/node`] = round3(t[k].seconds / t.node.seconds);
  }
  return result;
}

function round3(x) {
  return Math.round(x * 1000) / 1000;
}

// ---------------------------------------------------------------- memory
/** binary-trees at these depths: time, peak RSS and the collector's worst pause. */
const MEMORY_DEPTHS = [16, 18];

async function benchMemory(opts) {
  const text = fs.readFileSync(programSource('binary-trees'), 'utf8');
  const depthDecl = /const maxDepth: number = \d+;/;
  if (!depthDecl.test(text)) throw new Error('bench/programs/binary-trees.ts no longer declares maxDepth as expected');
  const results = [];
  for (const depth of MEMORY_DEPTHS) {
    const name = `binary-trees-depth-${depth}`;
    const src = path.join(OUT, 'memory', `${name}.ts`);
    fs.mkdirSync(path.dirname(src), { recursive: true });
    fs.writeFileSync(src, text.replace(depthDecl, `const maxDepth: number = ${depth};`));
    say(`bench: ${name}`);
    results.push(await benchProgram(name, opts, { src, tsxenArgs: ['--gc-stats'] }));
  }
  return results;
}

/** The `gc: ...` line of --gc-stats (rt/heap.zig), in microseconds and bytes. */
function parseGcStats(stderr) {
  const m = /gc: (\d+) collections, pause total (\d+) us, max (\d+) us, longest cycle (\d+) us, peak heap (\d+) bytes/.exec(stderr);
  return m ? { collections: +m[1], pauseTotalUs: +m[2], pauseMaxUs: +m[3], cycleMaxUs: +m[4], peakHeapBytes: +m[5] } : null;
}

/** Across runs, the worst of each figure. */
function worseGc(a, b) {
  if (!a || !b) return a ?? b;
  return Object.fromEntries(Object.keys(a).map((k) => [k, Math.max(a[k], b[k])]));
}

// ---------------------------------------------------------------- kernel
function accelerator() {
  if (process.env.TSXEN_ACCEL) return process.env.TSXEN_ACCEL;
  try {
    fs.closeSync(fs.openSync('/dev/kvm', 'r+'));
    if (fs.existsSync('/sys/module/kvm_intel') || fs.existsSync('/sys/module/kvm_amd')) return 'kvm';
  } catch {
    // no usable /dev/kvm
  }
  return 'tcg';
}

async function benchKernel(opts, programs) {
  const kdir = path.join(OUT, 'kernel');
  fs.mkdirSync(kdir, { recursive: true });
  const kernel = { accel: accelerator(), images: [] };
  const samples = fs.readdirSync(path.join(ROOT, 'samples'))
    .filter((d) => fs.existsSync(path.join(ROOT, 'samples', d, 'main.ts'))).sort();
  for (const s of samples) {
    const elf = path.join(kdir, `${s}.elf`);
    fs.rmSync(elf, { force: true });
    const r = await measured([process.execPath, TSXEN, 'compile', path.join(ROOT, 'samples', s, 'main.ts'), '-o', elf]);
    kernel.images.push(r.status === 0 && fs.existsSync(elf)
      ? { sample: s, bytes: fs.statSync(elf).size }
      : { sample: s, note: firstDiagnostic(r.stderr + r.stdout) });
  }
  const helloElf = path.join(kdir, 'hello.elf');
  if (!fs.existsSync(helloElf)) {
    kernel.note = 'samples/hello did not compile';
    return kernel;
  }
  // Compile time of hello (xen target, default options), warm: the image
  // compile above warmed the caches.
  const helloSrc = path.join(ROOT, 'samples', 'hello', 'main.ts');
  const ct = [];
  for (let i = 0; i < opts.runs; i++) {
    const r = await measured([process.execPath, TSXEN, 'compile', helloSrc, '-o', path.join(kdir, 'hello-ct.elf')]);
    if (r.status === 0) ct.push(r.wall);
  }
  kernel.helloCompileSeconds = ct.length ? round3(median(ct)) : null;

  // The largest benchmark tsxen compiles today (by source size), linux -O3.
  const compiled = programs.filter((p) => p.impls.tsxen.status === 'ok' || p.impls.tsxen.status === 'mismatch');
  const largest = compiled
    .map((p) => ({ name: p.name, bytes: fs.statSync(path.join(BENCH, 'programs', `${p.name}.ts`)).size }))
    .sort((a, b) => b.bytes - a.bytes)[0];
  if (largest) {
    const lt = [];
    for (let i = 0; i < opts.runs; i++) {
      const r = await measured([process.execPath, TSXEN, 'compile', path.join(BENCH, 'programs', `${largest.name}.ts`),
        '--target', 'linux', '-O3', '-o', path.join(kdir, 'largest-ct')]);
      if (r.status === 0) lt.push(r.wall);
    }
    kernel.largestCompile = { program: largest.name, sourceBytes: largest.bytes, seconds: lt.length ? round3(median(lt)) : null };
  }

  // Boot: scripts/boot-qemu, launch to exit. The first boot (default memory)
  // gives the expected console output.
  const boot = (memKiB, timeoutS, args = [], { icount = false } = {}) => measured([path.join(ROOT, 'scripts', 'boot-qemu'), helloElf, ...args], {
    env: { ...(memKiB ? { TSXEN_BOOT_MEM: `${memKiB}K` } : {}), ...(icount ? { TSXEN_ICOUNT: '1' } : {}), TSXEN_BOOT_TIMEOUT: String(timeoutS) },
    timeoutMs: (timeoutS + 10) * 1000,
  });
  const first = await boot(null, 60);
  if (first.status !== 0) {
    kernel.note = `hello did not boot: status ${first.status} ${oneLine(first.stderr)}`;
    return kernel;
  }
  const expected = first.stdout;
  const boots = [];
  const nBoots = Math.max(opts.runs, 5);
  for (let i = 0; i < nBoots; i++) {
    const r = await boot(null, 60);
    if (r.status === 0 && r.stdout === expected) boots.push(r.wall);
  }
  kernel.bootSeconds = boots.length ? round3(median(boots)) : null;
  kernel.boots = boots.length;

  // Guest side: the kernel times PVH entry -> the program's first statement
  // with the TSC and prints it when booted with --boot-time (xen/boot_time.zig).
  const entryToMain = [];
  for (let i = 0; i < nBoots; i++) {
    const r = await boot(null, 60, ['--boot-time']);
    const m = /^boot: entry to main (\d+) us/m.exec(r.stdout);
    if (r.status === 0 && m) entryToMain.push(Number(m[1]));
  }
  kernel.entryToMainMicros = entryToMain.length ? median(entryToMain) : null;

  // The same span in guest instructions: under `-icount shift=0` QEMU's
  // virtual clock, and so the TSC, advances 1 ns per instruction. Unlike the
  // TCG wall figure above it excludes QEMU's translation work and does not
  // vary from run to run; on hardware each instruction takes well under 1 ns.
  const icount = await boot(null, 60, ['--boot-time'], { icount: true });
  const im = /^boot: entry to main \d+ us \((\d+) TSC ticks\)/m.exec(icount.stdout);
  kernel.entryToMainInstructions = icount.status === 0 && im ? Number(im[1]) : null;

  // Smallest -m that still boots hello and prints the same output, to 64 KiB.
  const STEP = 64;
  const okAt = async (kib) => {
    const r = await boot(kib, 5);
    return r.status === 0 && r.stdout === expected;
  };
  let hi = 1024; // KiB
  while (hi <= 1024 * 1024 && !(await okAt(hi))) hi *= 2;
  if (hi > 1024 * 1024) {
    kernel.minMemKiB = null;
  } else {
    let lo = 0; // assumed not to boot
    while (hi - lo > STEP) {
      const mid = Math.floor((lo + hi) / 2 / STEP) * STEP || STEP;
      if (mid === hi) break;
      if (await okAt(mid)) hi = mid;
      else lo = mid;
    }
    kernel.minMemKiB = hi;
  }
  return kernel;
}

// ---------------------------------------------------------------- report
function fmtS(im) {
  if (im.status === 'ok') return im.seconds.toFixed(3);
  return { absent: '', 'not compiled': 'n/c', failed: 'FAIL', mismatch: 'MISMATCH' }[im.status] ?? im.status;
}
function fmtRatio(x) {
  return x === undefined ? '' : x.toFixed(2);
}
function fmtMB(im) {
  return im.status === 'ok' ? (im.peakRssKiB / 1024).toFixed(1) : '-';
}

function printMemory(memory) {
  if (!memory.length) return;
  console.log('\nmemory (binary-trees; tsxen with --gc-stats; pauses are wall time, worst over the runs):');
  for (const r of memory) {
    const t = r.impls;
    if (t.tsxen.status !== 'ok' || t.node.status !== 'ok') {
      console.log(`  ${r.name}: ${t.tsxen.note ?? t.node.note ?? 'failed'}`);
      continue;
    }
    const g = t.tsxen.gc;
    console.log(`  ${r.name}: time tsxen/Node ${fmtRatio(r.ratios['tsxen/node'])} (${fmtS(t.tsxen)} s vs ${fmtS(t.node)} s), peak RSS tsxen/Node ${(t.tsxen.peakRssKiB / t.node.peakRssKiB).toFixed(2)} (${fmtMB(t.tsxen)} MB vs ${fmtMB(t.node)} MB)` +
      (g ? `, ${g.collections} collections, worst pause ${(g.pauseMaxUs / 1000).toFixed(2)} ms, longest cycle ${(g.cycleMaxUs / 1000).toFixed(1)} ms` : ''));
  }
}

function printTable(results, geo, kernel, opts) {
  const header = ['program', 'Node s', 'tsxen s', 'C s', 'AS s', 'tsxen/Node', 'tsxen/C', 'tsxen/AS', 'peak RSS MB Node/tsxen/C/AS'];
  const rows = [header];
  const notes = [];
  for (const r of results) {
    const t = r.impls;
    rows.push([
      r.name, fmtS(t.node), fmtS(t.tsxen), fmtS(t.c), fmtS(t.as),
      fmtRatio(r.ratios['tsxen/node']), fmtRatio(r.ratios['tsxen/c']), fmtRatio(r.ratios['tsxen/as']),
      IMPLS.map((k) => fmtMB(t[k])).join(' / '),
    ]);
    for (const k of IMPLS) if (t[k].note) notes.push(`  ${r.name} [${k}] ${t[k].note}`);
  }
  rows.push([
    'geomean', '', '', '', '',
    ...['tsxen/node', 'tsxen/c', 'tsxen/as'].map((k) => (geo[k].n ? `${geo[k].value.toFixed(2)} (${geo[k].n})` : '')),
    `C/Node ${geo['c/node'].n ? geo['c/node'].value.toFixed(2) : '-'}, AS/Node ${geo['as/node'].n ? geo['as/node'].value.toFixed(2) : '-'}`,
  ]);
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log(`\ntsxen bench: wall seconds, median of ${opts.runs} run(s); ratios < 1 mean tsxen is faster; n/c = not compiled by tsxen yet`);
  const [l1] = os.loadavg();
  if (opts.loadBefore > os.cpus().length * 0.75 || l1 > os.cpus().length * 1.5) {
    console.log(`warning: the machine was busy (load average ${opts.loadBefore.toFixed(1)} at the start, ${l1.toFixed(1)} at the end, ${os.cpus().length} CPUs): times are inflated and noisy`);
  }
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1, -1)) console.log(line(r));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(rows[rows.length - 1]));
  if (notes.length) {
    console.log('\nnotes:');
    for (const n of notes) console.log(n);
  }
  if (kernel) {
    console.log(`\nkernel (Xen PVH target, default -O2; boots under QEMU microvm, ${kernel.accel}):`);
    for (const im of kernel.images) {
      console.log(im.bytes !== undefined
        ? `  image size samples/${im.sample}: ${im.bytes} bytes (${(im.bytes / 1024).toFixed(1)} KiB)`
        : `  image size samples/${im.sample}: not compiled: ${im.note}`);
    }
    if (kernel.note) console.log(`  ${kernel.note}`);
    if (kernel.bootSeconds !== undefined) console.log(`  hello boot, launch to exit (scripts/boot-qemu, median of ${kernel.boots}): ${kernel.bootSeconds?.toFixed(3)} s`);
    if (kernel.entryToMainMicros !== undefined) console.log(`  hello guest entry -> main (TSC, --boot-time, median): ${kernel.entryToMainMicros ?? 'n/a'} us`);
    if (kernel.entryToMainInstructions !== undefined) console.log(`  hello guest entry -> main in instructions (QEMU -icount shift=0, -m 1G): ${kernel.entryToMainInstructions ?? 'n/a'}`);
    if (kernel.minMemKiB !== undefined) console.log(`  hello smallest -m that boots (64 KiB steps): ${kernel.minMemKiB === null ? 'none up to 1 GiB' : `${kernel.minMemKiB} KiB`}`);
    if (kernel.helloCompileSeconds !== undefined) console.log(`  compile time hello (xen, warm, median of ${opts.runs}): ${kernel.helloCompileSeconds} s`);
    if (kernel.largestCompile) {
      const l = kernel.largestCompile;
      console.log(`  compile time of the largest benchmark tsxen compiles (${l.program}, ${l.sourceBytes} bytes, linux -O3, median of ${opts.runs}): ${l.seconds} s`);
    }
  }
}

// ---------------------------------------------------------------- main
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  opts.loadBefore = os.loadavg()[0];
  const started = Date.now();
  buildMeasure();
  let names = fs.readdirSync(path.join(BENCH, 'programs')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
  if (opts.only) {
    const unknown = opts.only.filter((n) => !names.includes(n));
    if (unknown.length) {
      console.error(`bench: no such program: ${unknown.join(', ')} (have: ${names.join(', ')})`);
      process.exit(2);
    }
    names = names.filter((n) => opts.only.includes(n));
  }
  const results = [];
  for (const name of names) {
    say(`bench: ${name}`);
    results.push(await benchProgram(name, opts));
  }
  const geo = {};
  for (const k of ['tsxen/node', 'tsxen/c', 'tsxen/as', 'c/node', 'as/node']) {
    const xs = results.map((r) => r.ratios[k]).filter((x) => x !== undefined);
    geo[k] = { value: round3(geomean(xs)), n: xs.length };
  }
  const memory = !opts.only || opts.only.includes('binary-trees') ? await benchMemory(opts) : [];
  let kernel = null;
  if (opts.kernel) {
    say('bench: kernel figures');
    kernel = await benchKernel(opts, results);
  }
  printTable(results, geo, kernel, opts);
  printMemory(memory);
  const gccVersion = spawnSync('gcc', ['-dumpfullversion']).stdout?.toString().trim();
  const ascVersion = fs.existsSync(ASC) ? JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'assemblyscript', 'package.json'), 'utf8')).version : null;
  const json = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, gcc: gccVersion, assemblyscript: ascVersion },
    runs: opts.runs,
    loadAverage: { start: round3(opts.loadBefore), end: round3(os.loadavg()[0]) },
    method: 'wall: CLOCK_MONOTONIC fork..wait4, median of runs; peak RSS: wait4 ru_maxrss of the process itself, max over runs (bench/tools/measure.c)',
    geomean: geo,
    programs: results,
    memory,
    kernel,
    benchSeconds: round3((Date.now() - started) / 1000),
  };
  fs.writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify(json, null, 2) + '\n');
  console.log(`\nwrote bench/results.json (${json.benchSeconds} s in all)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
