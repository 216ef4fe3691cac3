// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Builds the Zig runtime objects a target links with, once: they are cached
// under build/cache, keyed by a hash of their sources and flags, and written
// atomically so that parallel compilations can share the cache.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, projectRoot } from '../paths.js';
import { run, zigPath } from './tools.js';

export type Target = 'xen' | 'linux';

interface ZigObject {
  name: string;
  root: string;
  target: string;
  /** Source folders whose contents the object depends on. */
  sources: string[];
  /** Boot and platform code is not hot: optimise it for size. */
  mode: 'ReleaseFast' | 'ReleaseSmall';
}

const FREESTANDING = 'x86_64-freestanding';
/** Flags for every runtime object: baseline x86-64 (QEMU's default CPU), no red zone for kernel code. */
const COMMON_FLAGS = ['-mcpu=x86_64', '-fno-stack-check', '-ffunction-sections', '-fdata-sections', '-fno-unwind-tables', '-mno-red-zone'];

const OBJECTS: Record<Target, ZigObject[]> = {
  linux: [
    { name: 'rt', root: 'rt/rt.zig', target: FREESTANDING, sources: ['rt'], mode: 'ReleaseFast' },
    { name: 'linux', root: 'rt/linux.zig', target: 'x86_64-linux', sources: ['rt'], mode: 'ReleaseSmall' },
  ],
  // Kernels favour size (the hello image goal is 64 KiB): the runtime is built
  // -Os for them; Linux executables (tests, benchmarks) get the -O3 runtime.
  xen: [
    { name: 'rt', root: 'rt/rt.zig', target: FREESTANDING, sources: ['rt'], mode: 'ReleaseSmall' },
    { name: 'xen', root: 'xen/kernel.zig', target: FREESTANDING, sources: ['xen'], mode: 'ReleaseSmall' },
  ],
};

/**
 * The runtime objects for a target, building any that are missing. With
 * `lto`, the core runtime (rt/) comes as LLVM bitcode instead, so that the
 * linker optimises it together with the program (the platform object stays
 * native: it carries compiler-rt and the entry code).
 */
export function runtimeObjects(target: Target, lto = false): string[] {
  return OBJECTS[target].map((obj) => (lto && obj.name === 'rt' ? buildBitcode(obj) : buildObject(obj)));
}

/**
 * Where a source folder is read from. TSXEN_RT_DIR points the runtime at
 * another copy of rt/ (for working on the compiler while rt/ is in flux).
 */
function sourceDir(dir: string): string {
  return dir === 'rt' && process.env.TSXEN_RT_DIR ? path.resolve(process.env.TSXEN_RT_DIR) : path.join(projectRoot, dir);
}

function buildObject(obj: ZigObject): string {
  const flags = ['-target', obj.target, '-O', obj.mode, ...COMMON_FLAGS];
  const key = hashSources(obj, flags);
  const out = path.join(cacheDir, `${obj.name}-${key}.o`);
  if (fs.existsSync(out)) return out;
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  run(zigPath(), [
    // compiler-rt goes into the platform object only: rt/ defines its own
    // memset/memcpy/memmove (rt/mem.zig), which would collide with it here.
    'build-obj', ...flags, ...(obj.name === 'rt' ? [] : ['-fcompiler-rt']),
    '--cache-dir', path.join(projectRoot, 'build', 'zig-cache'),
    '--global-cache-dir', path.join(projectRoot, 'build', 'zig-global-cache'),
    `-femit-bin=${tmp}`, path.join(sourceDir(path.dirname(obj.root)), path.basename(obj.root)),
  ], `building the runtime (${obj.root})`);
  fs.renameSync(tmp, out);
  fs.rmSync(`${tmp}.o`, { force: true }); // Zig 0.13 leaves a copy named X.o.o beside -femit-bin=X.o
  return out;
}

/**
 * rt/ as bitcode for link-time optimisation. Zig 0.13's own -femit-llvm-bc
 * output is rejected by its lld ("Invalid record"), so Zig emits LLVM IR text
 * and its clang turns that into bitcode.
 */
function buildBitcode(obj: ZigObject): string {
  const flags = ['-target', obj.target, '-O', obj.mode, ...COMMON_FLAGS];
  const key = hashSources(obj, [...flags, 'bitcode']);
  const out = path.join(cacheDir, `${obj.name}-${key}.bc`);
  if (fs.existsSync(out)) return out;
  fs.mkdirSync(cacheDir, { recursive: true });
  const ll = `${out}.${process.pid}.ll`;
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    run(zigPath(), [
      'build-obj', ...flags,
      '--cache-dir', path.join(projectRoot, 'build', 'zig-cache'),
      '--global-cache-dir', path.join(projectRoot, 'build', 'zig-global-cache'),
      `-femit-llvm-ir=${ll}`, '-fno-emit-bin', path.join(sourceDir(path.dirname(obj.root)), path.basename(obj.root)),
    ], `building the runtime bitcode (${obj.root})`);
    run(zigPath(), ['cc', '-target', obj.target, '-c', '-emit-llvm', '-O2', ll, '-o', tmp], `building the runtime bitcode (${obj.root})`);
    fs.renameSync(tmp, out);
  } finally {
    fs.rmSync(ll, { force: true });
    fs.rmSync(tmp, { force: true });
  }
  return out;
}

function hashSources(obj: ZigObject, flags: string[]): string {
  const h = crypto.createHash('sha256');
  h.update(JSON.stringify([obj.root, flags]));
  for (const dir of obj.sources) {
    for (const file of listFiles(sourceDir(dir))) {
      h.update(path.relative(sourceDir(dir), file));
      h.update(fs.readFileSync(file));
    }
  }
  return h.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else if (/\.(zig|ld|S)$/.test(entry.name)) out.push(p);
  }
  return out;
}
