// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// From an LLVM module to an object file: IR text out through llvm-bindings,
// optimised by opt-14, compiled by llc-14 (llvm-bindings has neither a pass
// manager nor object emission).

import llvm from 'llvm-bindings';
import fs from 'node:fs';
import { llvmTool, run } from './tools.js';
import { markFileGlobalsDsoLocal } from './dsolocal.js';
import { addArrayTbaa } from './tbaa.js';
import { markTargetCpu } from './targetcpu.js';

export type OptLevel = 0 | 1 | 2 | 3;

/**
 * The program as an object file, or at -O3 as optimised bitcode for the
 * linker's LTO with the runtime (toolchain/link.ts).
 */
export function emitObject(module: llvm.Module, base: string, opt: OptLevel): string {
  const source = `${base}.ll`;
  const object = `${base}.o`;
  // The module reaches opt as text: array accesses get their TBAA tags
  // there (tbaa.ts), and coroutines their attribute.
  let text = addArrayTbaa(module.print());
  const coroutines = module.getFunction('llvm.coro.begin') !== null;
  if (coroutines) text = markCoroutines(text);
  const lto = opt === 3;
  // Only the link-time optimiser inlines rt into the program (targetcpu.ts).
  if (lto) text = markTargetCpu(text);
  fs.writeFileSync(source, text);
  let input = source;
  if (opt > 0 || coroutines) {
    // Coroutines must be split even at -O0: opt's pipelines run CoroSplit.
    // Text out for llc, so that globals can be marked dso_local (dsolocal.ts);
    // bitcode for the linker's LTO, which sees every global's definition.
    const out = lto ? `${base}.opt.bc` : `${base}.opt.ll`;
    run(llvmTool('opt'), [`-O${Math.max(opt, 1)}`, input, ...(lto ? [] : ['-S']), '-o', out], 'optimising');
    if (!lto) markFileGlobalsDsoLocal(out);
    input = out;
  }
  if (lto) {
    if (input === source) throw new Error('unreachable: -O3 always optimises');
    fs.rmSync(source, { force: true });
    return input;
  }
  run(llvmTool('llc'), [
    // rt's globals (the write barrier's tsx_gc_marking, tsx_heap_lo...) are external to the module: llc
    // reaches them through the GOT, and only a relaxable GOTPCRELX lets the linker turn each load of
    // an address into a lea (richards: 10% less time).
    `-O${opt}`, '-filetype=obj', '-relocation-model=static', '--relax-elf-relocations', '-mcpu=x86-64',
    '--function-sections', '--data-sections', input, '-o', object,
  ], 'code generation');
  for (const f of new Set([source, input])) fs.rmSync(f, { force: true });
  return object;
}

/**
 * Async functions are switched-resume coroutines (lower/async.ts); LLVM 14's
 * CoroSplit only splits functions carrying "coroutine.presplit"="0", an
 * attribute llvm-bindings cannot set: add it to the text form of every
 * function that calls llvm.coro.id.
 */
function markCoroutines(text: string): string {
  const lines = text.split('\n');
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('define ')) start = i;
    else if (start >= 0 && lines[i] === '}') start = -1;
    else if (start >= 0 && lines[i].includes('@llvm.coro.id(')) {
      lines[start] = lines[start].replace(/\{$/, '#4242 {');
      start = -1;
    }
  }
  lines.push('attributes #4242 = { "coroutine.presplit"="0" }');
  return lines.join('\n');
}
