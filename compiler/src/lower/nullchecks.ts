// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The checks a nullable ref (0 = null, nullableref.ts) needs where JS would
// look at the null: `x!`, a `?.` link, and `v as C`.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { coerce } from './values.js';
import { ValueTag } from './runtime.js';
import { refIsNotNull, refMayBeNull } from './nullableref.js';
import { kindOf } from './expressions.js';
import { throwTypeError } from './arraymethods.js';

/** `x!` of a ref: null is the TypeError JS throws at the member read that follows, else a clean panic. */
export function nonNullRef(ctx: FunctionContext, node: ts.NonNullExpression, v: TypedValue): TypedValue {
  const kind = kindOf(ctx, node);
  if (!refMayBeNull(ctx.checker.getTypeAtLocation(node.expression))) return coerce(ctx, v, kind);
  const { b, ir } = ctx;
  const ok = ctx.newBlock('nonnull.ok');
  const bad = ctx.newBlock('nonnull.bad');
  b.CreateCondBr(refIsNotNull(ctx, v.value), ok, bad);
  b.SetInsertPoint(bad);
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node) {
    const key = ts.isPropertyAccessExpression(parent) ? parent.name.text : parent.argumentExpression.getText();
    throwTypeError(ctx, `Cannot read properties of null (reading '${key}')`);
  } else {
    b.CreateCall(ir.runtime('tsx_panic_null', ir.void, [ir.i32]), [llvm.ConstantInt.get(ir.i32, ValueTag.Null)]);
    b.CreateUnreachable();
  }
  b.SetInsertPoint(ok);
  return coerce(ctx, v, kind);
}

/** A `?.` link whose object is a ref: a null one leaves the chain. */
export function exitChainIfNull(ctx: FunctionContext, p: llvm.Value): void {
  const { b } = ctx;
  const exit = ctx.chainExits[ctx.chainExits.length - 1];
  const go = ctx.newBlock('chain.link');
  b.CreateCondBr(refIsNotNull(ctx, p), go, exit);
  b.SetInsertPoint(go);
}

/**
 * `v as T` of a ref that may be null, to a T that admits no null: as for a
 * Value that is not an object (expressions.ts checkedAssertion), a clean
 * panic rather than a null where tsxen assumes an object.
 */
export function assertedRef(ctx: FunctionContext, v: TypedValue, node: ts.AsExpression | ts.TypeAssertion): TypedValue {
  const target = ctx.checker.getTypeAtLocation(node);
  if (kindOf(ctx, node) !== 'ref' || refMayBeNull(target) || !refMayBeNull(ctx.checker.getTypeAtLocation(node.expression))) return v;
  panicUnlessObject(ctx, refIsNotNull(ctx, v.value), node);
  return v;
}

/** Continues where `isObject` holds; elsewhere the checked assertion `node` stops with a clean panic. */
export function panicUnlessObject(ctx: FunctionContext, isObject: llvm.Value, node: ts.AsExpression | ts.TypeAssertion): void {
  const { b, ir } = ctx;
  const ok = ctx.newBlock('assert.ok');
  const bad = ctx.newBlock('assert.bad');
  b.CreateCondBr(isObject, ok, bad);
  b.SetInsertPoint(bad);
  const msg = `type assertion failed: the value is not an object ('${node.getText()}')`;
  b.CreateCall(ir.runtime('tsx_panic', ir.void, [ir.ptr, ir.i64]), [b.CreateGlobalStringPtr(msg), llvm.ConstantInt.get(ir.i64, Buffer.byteLength(msg))]);
  b.CreateUnreachable();
  b.SetInsertPoint(ok);
}
