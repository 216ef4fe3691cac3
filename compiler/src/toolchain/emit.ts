// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// From an LLVM module to an object file: bitcode out through llvm-bindings,
// optimised by opt-14, compiled by llc-14 (llvm-bindings has neither a pass
// manager nor object emission).

import llvm from 'llvm-bindings';
import fs from 'node:fs';
import { llvmTool, run } from './tools.js';

export type OptLevel = 0 | 1 | 2 | 3;

export function emitObject(module: llvm.Module, base: string, opt: OptLevel): string {
  const bc = `${base}.bc`;
  const object = `${base}.o`;
  llvm.WriteBitcodeToFile(module, bc);
  let input = bc;
  if (opt > 0) {
    input = `${base}.opt.bc`;
    run(llvmTool('opt'), [`-O${opt}`, bc, '-o', input], 'optimising');
  }
  run(llvmTool('llc'), [
    `-O${opt}`, '-filetype=obj', '-relocation-model=static', '-mcpu=x86-64',
    '--function-sections', '--data-sections', input, '-o', object,
  ], 'code generation');
  for (const f of new Set([bc, input])) fs.rmSync(f, { force: true });
  return object;
}
