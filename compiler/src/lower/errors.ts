// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Internal errors: lowering met something the subset checker should have
// rejected. Reported as a diagnostic that names the compiler as the culprit.

import ts from '#typescript';
import { Code, CompileError, tsxDiagnostic } from '../diagnostics.js';

export function internalError(node: ts.Node, what: string): CompileError {
  return new CompileError([
    tsxDiagnostic(Code.InternalError, node, `internal compiler error: ${what}. This is a tsxen bug; please report it.`),
  ]);
}
