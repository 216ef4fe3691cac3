// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Direct access to global variables. Both targets link one static image
// (a static Linux executable, a Xen kernel), so no global can be preempted;
// but LLVM 14 addresses every global that is not marked dso_local through the
// GOT, even under -relocation-model=static (a load of the address, then the
// access): tsx_stack_limit in every function prologue, the exception flag
// after calls. llvm-bindings cannot set dso_local, so it is added to the
// textual IR that opt writes, on the declarations and definitions of global
// variables with default (external) linkage. Local ones (internal, private)
// are direct already; weak ones are left alone.

import fs from 'node:fs';

const GLOBAL_VARIABLE = /^(@[^ ]+ = )(external )?((?:unnamed_addr |local_unnamed_addr )?(?:global|constant) )/gm;

/** The IR text with its external-linkage global variables marked dso_local. */
export function markGlobalsDsoLocal(ir: string): string {
  return ir.replace(GLOBAL_VARIABLE, '$1$2dso_local $3');
}

/** Rewrites the .ll file in place. */
export function markFileGlobalsDsoLocal(ll: string): void {
  fs.writeFileSync(ll, markGlobalsDsoLocal(fs.readFileSync(ll, 'utf8')));
}
