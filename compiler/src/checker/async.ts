// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The subset's rules for promises, timers and async functions (spec/async.md):
// which library calls lower/async.ts implements, and what stays rejected.

import ts from 'typescript';
import { ASYNC_GLOBALS, PROMISE_METHODS, PROMISE_STATICS, isPromiseType } from '../lower/async.js';
import { libraryName } from '../lower/builtins.js';
import { isArrayType } from '../lower/arrays.js';

/**
 * A call handled by lower/async.ts: undefined when the call is none of its
 * business, else '' (supported: check the arguments as usual) or the
 * reason it is rejected.
 */
export function asyncCallRule(checker: ts.TypeChecker, node: ts.CallExpression): string | undefined {
  const callee = node.expression;
  const lib = libraryName(checker, callee);
  if (lib && ASYNC_GLOBALS.has(lib)) {
    if ((lib === 'setTimeout' || lib === 'setInterval') && node.arguments.length > 2) return `'${lib}' with arguments for the callback (wrap the call in an arrow function)`;
    return '';
  }
  if (lib?.startsWith('Promise.')) {
    if (!PROMISE_STATICS.has(lib)) return `'${lib}'`;
    if ((lib === 'Promise.all' || lib === 'Promise.race') && !isArrayType(checker, checker.getTypeAtLocation(node.arguments[0]))) return `'${lib}' over something other than an array`;
    return '';
  }
  if (ts.isPropertyAccessExpression(callee) && isPromiseType(checker.getTypeAtLocation(callee.expression))) {
    return PROMISE_METHODS.has(callee.name.text) ? '' : `'Promise.prototype.${callee.name.text}'`;
  }
  return undefined;
}

/** `new Promise(executor)` */
export function isNewPromise(checker: ts.TypeChecker, node: ts.NewExpression): boolean {
  return libraryName(checker, node.expression) === 'Promise' && node.arguments?.length === 1;
}

/** Promises and timers print as Node's own objects: console.log of one is rejected. */
export function isOpaqueAsyncValue(type: ts.Type): boolean {
  if (isPromiseType(type)) return true;
  const sym = type.getSymbol();
  return sym?.name === 'Timeout' && (sym.declarations ?? []).some((d) => d.getSourceFile().isDeclarationFile);
}
