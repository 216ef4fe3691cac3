// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The iteration protocol, resolved statically: what for-of, spread and
// Array.from walk over. The sources tsxen knows are arrays, strings (by code
// point: a surrogate pair stays together, a lone surrogate comes alone), Maps
// and Sets (insertion order, live: rt/map.zig's cursors see entries added
// during the walk and skip deleted ones), and the iterator calls
// keys()/values()/entries() on arrays, Maps and Sets written directly in the
// iterating position. An iterator is never a value of its own: storing one
// (`const it = m.keys()`) is rejected by the checker.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { Kind, kindOfType } from './kinds.js';
import { arrayElementKind, arrayGet, arrayLength, arrayPush, isArrayType, newArray } from './arrays.js';
import { Collection, collectionOf, iterateCollection } from './maps.js';
import { coerce } from './values.js';
import { lowerExpr } from './expressions.js';
import { stringLength } from './conversions.js';

export type IterSource =
  | { form: 'array'; expr: ts.Expression; elem: Kind; mode: 'values' | 'keys' | 'entries' }
  | { form: 'string'; expr: ts.Expression }
  | { form: 'collection'; expr: ts.Expression; which: Collection; mode: 'keys' | 'values' | 'entries'; pairKind: Kind };

const ITERATOR_METHODS = new Set(['keys', 'values', 'entries']);

/** A call `x.keys()` / `x.values()` / `x.entries()` on an array, Map or Set. */
export function isIteratorCall(checker: ts.TypeChecker, expr: ts.Expression): boolean {
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression) || expr.arguments.length) return false;
  if (!ITERATOR_METHODS.has(expr.expression.name.text) || expr.expression.questionDotToken) return false;
  const t = checker.getTypeAtLocation(expr.expression.expression);
  return collectionOf(t) !== undefined || (isArrayType(checker, t) && arrayElementKind(checker, t) !== undefined);
}

/** The position of an iterator call that tsxen lowers: iterated by for-of, spread, or Array.from. */
export function isIterationPosition(node: ts.Expression): boolean {
  const p = node.parent;
  if (ts.isForOfStatement(p) && p.expression === node) return true;
  if (ts.isSpreadElement(p)) return true;
  if (ts.isNewExpression(p) && p.arguments?.[0] === node && ts.isIdentifier(p.expression) && (p.expression.text === 'Map' || p.expression.text === 'Set')) return true;
  return ts.isCallExpression(p) && p.arguments[0] === node && ts.isPropertyAccessExpression(p.expression) &&
    ts.isIdentifier(p.expression.expression) && p.expression.expression.text === 'Array' && p.expression.name.text === 'from';
}

function pairKindOf(checker: ts.TypeChecker, type: ts.Type, which: Collection): Kind | undefined {
  const args = checker.getTypeArguments(type as ts.TypeReference);
  const kinds = (which === 'Map' ? [args[0], args[1]] : [args[0], args[0]]).map((t) => t && kindOfType(t));
  if (kinds.some((k) => !k)) return undefined;
  const norm = kinds.map((k) => (k === 'void' ? 'value' : k)) as Kind[];
  return norm[0] === norm[1] ? norm[0] : 'value';
}

/** What iterating `expr` walks over, or undefined when tsxen cannot iterate it. */
export function iterSource(checker: ts.TypeChecker, expr: ts.Expression): IterSource | undefined {
  const t = checker.getTypeAtLocation(expr);
  if (kindOfType(t) === 'string' && !(t.flags & ts.TypeFlags.Any)) return { form: 'string', expr };
  const elem = isArrayType(checker, t) ? arrayElementKind(checker, t) : undefined;
  if (elem) return { form: 'array', expr, elem, mode: 'values' };
  const which = collectionOf(t);
  if (which) {
    const pairKind = pairKindOf(checker, t, which);
    return pairKind && { form: 'collection', expr, which, mode: which === 'Map' ? 'entries' : 'keys', pairKind };
  }
  if (!isIteratorCall(checker, expr)) return undefined;
  const access = (expr as ts.CallExpression).expression as ts.PropertyAccessExpression;
  const inner = iterSource(checker, access.expression);
  const m = access.name.text as 'keys' | 'values' | 'entries';
  if (inner?.form === 'array') return { ...inner, mode: m };
  if (inner?.form === 'collection') return { ...inner, mode: inner.which === 'Set' && m !== 'entries' ? 'keys' : m };
  return undefined;
}

/**
 * Walks `src`, calling body(item, exit, next) per item; `exit` leaves the
 * walk (break), `next` goes on (continue). Arrays re-read their length each
 * step, as the array iterator does.
 */
export function forEachItem(ctx: FunctionContext, src: IterSource, body: (item: TypedValue, exit: llvm.BasicBlock, next: llvm.BasicBlock) => void): void {
  const { b, ir } = ctx;
  const object = lowerExpr(ctx, src.expr);
  if (src.form === 'collection') {
    const map = coerce(ctx, object, 'ref').value;
    iterateCollection(ctx, map, (key, value, exit, next) => {
      const second = src.which === 'Set' ? key : value;
      if (src.mode === 'keys') return body({ kind: 'value', value: key }, exit, next);
      if (src.mode === 'values') return body({ kind: 'value', value: second }, exit, next);
      const pair = newArray(ctx, src.pairKind, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 2));
      arrayPush(ctx, pair, src.pairKind, [coerce(ctx, { kind: 'value', value: key }, src.pairKind).value, coerce(ctx, { kind: 'value', value: second }, src.pairKind).value]);
      body({ kind: 'ref', value: pair }, exit, next);
    });
    return;
  }
  const counter = ctx.alloca(ir.f64, 'iter.i');
  b.CreateStore(ir.f64Const(0), counter);
  const test = ctx.newBlock('iter.test');
  const run = ctx.newBlock('iter.body');
  const next = ctx.newBlock('iter.next');
  const done = ctx.newBlock('iter.done');
  b.CreateBr(test);
  b.SetInsertPoint(test);
  const i = b.CreateLoad(ir.f64, counter);
  const step = ctx.alloca(ir.f64, 'iter.step');
  if (src.form === 'string') {
    const s = coerce(ctx, object, 'string').value;
    const len = b.CreateUIToFP(stringLength(ctx, s), ir.f64);
    b.CreateCondBr(b.CreateFCmpOLT(i, len), run, done);
    b.SetInsertPoint(run);
    const cp = b.CreateCall(ir.runtime('tsx_str_code_point_at', ir.f64, [ir.ptr, ir.f64]), [s, i]);
    const width = b.CreateSelect(b.CreateFCmpOGT(cp, ir.f64Const(0xffff)), ir.f64Const(2), ir.f64Const(1));
    b.CreateStore(width, step);
    const piece = b.CreateCall(ir.runtime('tsx_str_slice', ir.ptr, [ir.ptr, ir.f64, ir.f64]), [s, i, b.CreateFAdd(i, width)]);
    body({ kind: 'string', value: piece }, done, next);
  } else {
    const array = coerce(ctx, object, 'ref').value;
    b.CreateCondBr(b.CreateFCmpOLT(i, arrayLength(ctx, array, src.elem)), run, done);
    b.SetInsertPoint(run);
    b.CreateStore(ir.f64Const(1), step);
    if (src.mode === 'keys') body({ kind: 'number', value: i }, done, next);
    else if (src.mode === 'values') body(arrayGet(ctx, array, src.elem, i), done, next);
    else {
      const item = arrayGet(ctx, array, src.elem, i);
      const pairKind: Kind = src.elem === 'number' ? 'number' : 'value';
      const pair = newArray(ctx, pairKind, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 2));
      arrayPush(ctx, pair, pairKind, [coerce(ctx, { kind: 'number', value: i }, pairKind).value, coerce(ctx, item, pairKind).value]);
      body({ kind: 'ref', value: pair }, done, next);
    }
  }
  if (!ctx.terminated()) b.CreateBr(next);
  b.SetInsertPoint(next);
  b.CreateStore(b.CreateFAdd(b.CreateLoad(ir.f64, counter), b.CreateLoad(ir.f64, step)), counter);
  b.CreateBr(test);
  b.SetInsertPoint(done);
}

/** Pushes every item of `src` onto `out` (an array of `elem`), optionally through `map(item, index)`. */
export function appendItems(ctx: FunctionContext, out: llvm.Value, elem: Kind, src: IterSource, map?: (item: TypedValue, index: llvm.Value) => TypedValue): void {
  const { b, ir } = ctx;
  const index = ctx.alloca(ir.f64, 'from.k');
  b.CreateStore(ir.f64Const(0), index);
  forEachItem(ctx, src, (item) => {
    const k = b.CreateLoad(ir.f64, index);
    const v = map ? map(item, k) : item;
    arrayPush(ctx, out, elem, [coerce(ctx, v, elem).value]);
    b.CreateStore(b.CreateFAdd(k, ir.f64Const(1)), index);
  });
}

/** The element kind of the [key, value] pairs `src` yields (for new Map(src)). */
export function itemPairKind(ctx: FunctionContext, src: IterSource): Kind {
  if (src.form === 'collection') return src.pairKind;
  if (src.form === 'array' && src.mode === 'entries') return src.elem === 'number' ? 'number' : 'value';
  const t = ctx.checker.getTypeAtLocation(src.expr);
  const entry = isArrayType(ctx.checker, t) ? ctx.checker.getTypeArguments(t as ts.TypeReference)[0] : undefined;
  return (entry && arrayElementKind(ctx.checker, entry)) ?? 'value';
}
