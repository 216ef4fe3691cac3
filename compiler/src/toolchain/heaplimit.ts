// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// `tsxen compile --heap <size>`: a heap limit compiled into the image as
// `tsx_default_heap_limit` (rt/platform.zig reads it; a `--heap=` word on
// the boot command line still wins). Sizes use the runtime's grammar:
// decimal bytes with an optional K, M or G (binary) suffix.

import llvm from 'llvm-bindings';
import { IrModule } from '../lower/runtime.js';

/** Bytes for a size such as `64M`, or undefined when it is not one. */
export function parseHeapSize(text: string): number | undefined {
  const m = /^(\d+)([kKmMgG]?)$/.exec(text);
  if (!m) return undefined;
  const shift = { '': 0, k: 10, m: 20, g: 30 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Number(m[1]) * 2 ** shift;
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

export function addHeapLimit(ir: IrModule, bytes: number): void {
  new llvm.GlobalVariable(ir.module, ir.i64, true, llvm.Function.LinkageTypes.ExternalLinkage,
    llvm.ConstantInt.get(ir.i64, bytes), 'tsx_default_heap_limit');
}
