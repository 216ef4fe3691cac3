// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The one place the compiler loads TypeScript from: every module imports `ts`
// from '#typescript', which package.json maps to this file (and, for types,
// to the typescript package), never from 'typescript' directly. Why: an ESM
// `import` of the 9 MB CommonJS typescript.js makes Node 20 scan the whole file twice (module
// syntax detection, then cjs-module-lexer for its export names), some 0.3 s per
// `tsxen compile`. Here it is loaded as CommonJS, and its compiled code comes
// from a V8 code cache under build/cache (keyed by a hash of typescript.js
// and the Node version; V8 itself rejects a cache from another V8 or flag
// set), written once at exit after a compilation so that it also holds the
// functions parsing and checking use.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import Module, { createRequire } from 'node:module';
import { cacheDir } from './paths.js';

import type TS from 'typescript';

type TypeScript = typeof TS;

const require = createRequire(import.meta.url);

interface NodeModule { exports: unknown; filename: string; paths: string[]; loaded: boolean }
interface ModuleInternals {
  new (id: string, parent?: unknown): NodeModule;
  wrap(source: string): string;
  _cache: Record<string, NodeModule>;
  _nodeModulePaths(dir: string): string[];
}

function loadTypeScript(): TypeScript {
  const file = require.resolve('typescript');
  const M = Module as unknown as ModuleInternals;
  // Already loaded by Node's own loader (a test requiring it first). An entry
  // not yet loaded is an ESM import's, to be evaluated later: leave it alone.
  const existing = M._cache[file];
  if (existing?.loaded) return existing.exports as TypeScript;
  const source = fs.readFileSync(file, 'utf8');
  // Node flags too: V8 rejects a cache made under other flags (--cpu-prof...).
  const key = crypto.createHash('sha1').update(source).update(process.version).update(process.arch)
    .update(process.execArgv.join(' ')).digest('hex').slice(0, 16);
  const cachePath = path.join(cacheDir, `typescript-${key}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(M.wrap(source), { filename: file, cachedData });
  const mod = new M(file);
  mod.filename = file;
  mod.paths = M._nodeModulePaths(path.dirname(file));
  // Registered first, as Node's own loader does, so that `require('typescript')`
  // elsewhere in the process (tests, the harness) shares this instance.
  if (!existing) M._cache[file] = mod;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  } catch (e) {
    if (M._cache[file] === mod) delete M._cache[file];
    throw e;
  }
  mod.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => writeCache(script, cachePath));
  return mod.exports as TypeScript;
}

/** Best effort, atomic (parallel compilations share build/cache). */
function writeCache(script: vm.Script, cachePath: string): void {
  try {
    fs.mkdirSync(path.dirname(cachePath), { recursive: true });
    const tmp = `${cachePath}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cachePath);
  } catch {
    // No cache this time: the next compilation tries again.
  }
}

const ts: TypeScript = loadTypeScript();
export default ts;
