// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Self-recursion unrolling. LLVM never inlines a function into itself, so a
// small directly recursive function like fib pays one call per level where
// gcc -O2 inlines a level of the recursion into itself. Closed world, we can
// do the same: the body is lowered twice, as the function itself (whose
// self-calls go to the copy) and as an internal copy (whose self-calls go
// back to the function). The copy is small and called only from the function,
// so opt's inliner folds it in: two levels of the recursion per call. The copy
// has no stack check: every call of it comes from the function, which checks.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import type { ProgramContext, UserFunction } from './context.js';

/** Bodies above this many syntax nodes are not copied (code size; the inliner would refuse anyway). */
const MAX_NODES = 80;
/** Nor are functions with more self-calls (each unrolled level multiplies them). */
const MAX_SELF_CALLS = 2;

/**
 * Whether `decl` is worth a copy: a plain (not generic, async or generator)
 * function declaration that calls itself directly, with a small body holding
 * no nested functions or classes (their closure sites would be lowered twice)
 * and no try statements.
 */
export function isSelfInlineCandidate(checker: ts.TypeChecker, decl: ts.FunctionDeclaration): boolean {
  if (!decl.name || !decl.body || decl.typeParameters || decl.asteriskToken) return false;
  if (decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return false;
  const self = checker.getSymbolAtLocation(decl.name);
  if (!self) return false;
  let nodes = 0;
  let selfCalls = 0;
  let unsuitable = false;
  const visit = (n: ts.Node): void => {
    if (unsuitable) return;
    nodes++;
    if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isTryStatement(n) || ts.isAwaitExpression(n) || ts.isYieldExpression(n)) {
      unsuitable = true;
      return;
    }
    if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === self) {
      // Only direct calls: the function used as a value would name the copy.
      if (ts.isCallExpression(n.parent) && n.parent.expression === n) selfCalls++;
      else unsuitable = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(decl.body);
  return !unsuitable && selfCalls > 0 && selfCalls <= MAX_SELF_CALLS && nodes <= MAX_NODES;
}

/**
 * Defines `target` and its copy: `define(fn, recursive)` lowers the body into
 * `fn` while self-calls resolve through pc.functions.
 */
export function defineSelfInlined(
  pc: ProgramContext,
  decl: ts.FunctionDeclaration,
  target: UserFunction,
  fnType: llvm.FunctionType,
  define: (fn: llvm.Function, recursive: boolean) => void,
): void {
  const sym = pc.checker.getSymbolAtLocation(decl.name!)!;
  const copy = llvm.Function.Create(fnType, llvm.Function.LinkageTypes.InternalLinkage, `ts.${decl.name!.text}.unrolled`, pc.ir.module);
  pc.functions.set(sym, { ...target, fn: copy });
  try {
    define(target.fn, true);
  } finally {
    pc.functions.set(sym, target);
  }
  define(copy, false);
}
