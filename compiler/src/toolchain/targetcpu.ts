// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The program's functions name the CPU rt/ is built for. LLVM inlines a
// function only into callers whose target features include the callee's:
// Zig gives every rt function "target-cpu"="x86-64" (runtime.ts builds it
// with -mcpu=x86_64), while functions made through llvm-bindings carry no
// target attributes, so at link-time optimisation not one rt fast path
// (tsx_alloc, charCodeAt, Map lookups) was inlined into the program.

/** The attribute group added to every function definition of `text`. */
const GROUP = '#4243';

/** IR text with `"target-cpu"="x86-64"` on every function it defines. */
export function markTargetCpu(text: string): string {
  return text.replace(/^(define .*)\{$/gm, `$1${GROUP} {`) + `\nattributes ${GROUP} = { "target-cpu"="x86-64" }\n`;
}
