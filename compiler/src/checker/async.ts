// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The subset's rules for promises, timers and async functions (spec/async.md):
// which library calls lower/async.ts implements, and what stays rejected.

import ts from '#typescript';
import { ASYNC_GLOBALS, PROMISE_COMBINATORS, PROMISE_METHODS, PROMISE_STATICS, isPromiseType } from '../lower/async.js';
import { libraryName } from '../lower/builtins.js';
import { isArrayType } from '../lower/arrays.js';
import { usesEventLoop } from '../lower/async.js';

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
    if (PROMISE_COMBINATORS.has(lib) && !isArrayType(checker, checker.getTypeAtLocation(node.arguments[0]))) return `'${lib}' over something other than an array`;
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

/**
 * `new AggregateError(errors, message?)`: undefined when the expression is
 * something else, '' when supported, else why not. Its errors must be an
 * array (tsxen's only iterable here) and the options argument (cause) is
 * not supported, as for the other errors.
 */
export function aggregateErrorRule(checker: ts.TypeChecker, node: ts.NewExpression): string | undefined {
  if (libraryName(checker, node.expression) !== 'AggregateError') return undefined;
  const args = node.arguments ?? [];
  if (args.length === 0) return "'new AggregateError()' without its errors";
  if (args.length > 2) return "'new AggregateError' with options";
  if (ts.isSpreadElement(args[0]) || !isArrayType(checker, checker.getTypeAtLocation(args[0]))) return "'new AggregateError' from something other than an array";
  return '';
}

/**
 * The settled-result types (PromiseFulfilledResult<T>, PromiseRejectedResult)
 * that the program's Promise.allSettled calls produce: the layouts
 * lower/settled.ts registers, and the receivers the checker allows.
 */
export function settledResultTypes(checker: ts.TypeChecker, file: ts.SourceFile): { fulfilled: ts.Type[]; rejected: ts.Type[] } {
  const out = { fulfilled: [] as ts.Type[], rejected: [] as ts.Type[] };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && libraryName(checker, n.expression) === 'Promise.allSettled') {
      const promised = checker.getTypeArguments(checker.getTypeAtLocation(n) as ts.TypeReference)[0];
      const elements = promised && isArrayType(checker, promised) ? checker.getTypeArguments(promised as ts.TypeReference) : [];
      for (const e of elements) {
        for (const t of e.isUnion() ? e.types : [e]) {
          const name = t.getSymbol()?.name;
          const list = name === 'PromiseFulfilledResult' ? out.fulfilled : name === 'PromiseRejectedResult' ? out.rejected : undefined;
          if (list && !list.includes(t)) list.push(t);
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return out;
}

export const THENABLE_MESSAGE = "A member named 'then' in a program that uses promises is not supported by tsxen yet: it makes the object a thenable, which await and promise resolution would call.";

/**
 * Members named `then` of the program's classes, interfaces and object
 * literals, when the program uses promises: such objects are thenables in
 * JS (await, resolve and Promise.resolve call their then), which tsxen's
 * promises do not adopt. Rejected wherever they are declared, since any
 * object may reach a resolution through unknown or a generic.
 */
export function thenableDeclarations(file: ts.SourceFile): ts.Node[] {
  if (!usesEventLoop(file)) return [];
  const found: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isClassElement(n) || ts.isObjectLiteralElementLike(n) || ts.isTypeElement(n)) && n.name && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)) && n.name.text === 'then') {
      const owner = n.parent;
      if (ts.isClassLike(owner) || ts.isObjectLiteralExpression(owner) || ts.isInterfaceDeclaration(owner) || ts.isTypeLiteralNode(owner)) found.push(n.name);
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}
