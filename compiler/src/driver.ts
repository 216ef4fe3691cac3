// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The compilation pipeline: load and type-check (TypeScript), check the
// subset, lower to LLVM IR, verify, optimise and emit an object, link with
// the runtime. Usable as a library so that test runners compile many
// programs in one process.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import llvm from 'llvm-bindings';
import { loadProgram } from './program/load.js';
import { checkTarget } from './program/modules.js';
import { checkSubset } from './checker/subset.js';
import { lowerProgram } from './lower/program.js';
import { CompileError, Code } from './diagnostics.js';
import { emitObject, OptLevel } from './toolchain/emit.js';
import { link } from './toolchain/link.js';
import { Target } from './toolchain/runtime.js';
import { addHeapLimit } from './toolchain/heaplimit.js';

export type { Target } from './toolchain/runtime.js';
export type { OptLevel } from './toolchain/emit.js';

export interface CompileOptions {
  entry: string;
  output: string;
  target: Target;
  opt: OptLevel;
  /** Also write the (unoptimised) LLVM IR next to the output as .ll. */
  emitLlvm?: boolean;
  /** Heap limit in bytes compiled into the image (the boot command line's `--heap=` overrides it). */
  heapLimit?: number;
}

/** Front end only: type-check and subset-check; throws CompileError on any diagnostic. */
export function check(entry: string) {
  return withFullLibCheckOnError((fullLibCheck) => checkOnce(entry, fullLibCheck));
}

function checkOnce(entry: string, fullLibCheck: boolean) {
  const loaded = loadProgram(entry, fullLibCheck);
  const diags = checkSubset(loaded);
  if (diags.length) throw new CompileError(diags);
  return loaded;
}

/**
 * Runs the front end (and lowering, which can reject too) on a program whose
 * TypeScript lib files are type-checked only when needed (program/libcheck.ts);
 * should it report anything, runs it again on a program checked in full, lib
 * files first as tsc does, so that every diagnostic reads exactly as before:
 * the order TypeScript creates types in shows in how it prints unions.
 */
function withFullLibCheckOnError<T>(stage: (fullLibCheck: boolean) => T): T {
  try {
    return stage(false);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return stage(true);
  }
}

export function compile(options: CompileOptions): void {
  const ir = withFullLibCheckOnError((fullLibCheck) => {
    const loaded = checkOnce(options.entry, fullLibCheck);
    const targetDiags = checkTarget(loaded.sources, options.target);
    if (targetDiags.length) throw new CompileError(targetDiags);
    return lowerProgram(loaded);
  });
  if (options.heapLimit !== undefined) addHeapLimit(ir, options.heapLimit);
  if (options.emitLlvm) fs.writeFileSync(options.output.replace(/\.[^./]*$/, '') + '.ll', ir.module.print());
  if (llvm.verifyModule(ir.module)) {
    throw new CompileError([{ code: `TSX${Code.InternalError}`, message: 'internal compiler error: the LLVM module failed verification.' }]);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-'));
  try {
    const object = emitObject(ir.module, path.join(work, 'program'), options.opt);
    fs.mkdirSync(path.dirname(path.resolve(options.output)), { recursive: true });
    link(options.target, object, options.output);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
