// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The callback loops arrays and typed arrays share: reduce / reduceRight and
// the searches some / every / find / findIndex. Each caller says how to read
// its elements (Elements); the loops follow JS: the length is taken once at
// the start, an index the callback has cut off (arrays may shrink) is
// skipped, and a callback's exception leaves the loop.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { Kind } from './kinds.js';
import { coerce, constantValue, toValue, valueOrUndefined } from './values.js';
import { ValueTag } from './runtime.js';
import { callClosure, functionTypeKinds } from './closures.js';
import { checkPending } from './exceptions.js';
import { toBoolean } from './conversions.js';
import { llvmKindType } from './classes.js';
import { kindOf, lowerExpr } from './expressions.js';
import { throwTypeError } from './arraymethods.js';

export type CallbackKinds = { params: Kind[]; result: Kind };

/** How a loop reads what it walks. */
export interface Elements {
  /** The current length, an f64. */
  length(): llvm.Value;
  /** The element at index i (an f64 inside the current length). */
  get(i: llvm.Value): TypedValue;
  /** The element kind (what get returns). */
  kind: Kind;
  /** The receiver, the callback's last argument. */
  self: TypedValue;
}

/** Calls the callback with as many of `args` as it declares (missing ones undefined), then routes its exception. */
export function invokeCallback(ctx: FunctionContext, cb: llvm.Value, kinds: CallbackKinds, args: TypedValue[]): TypedValue {
  const passed = kinds.params.map((k, i) => coerce(ctx, args[i] ?? { kind: 'value', value: constantValue(ctx, ValueTag.Undefined) }, k).value);
  const r = callClosure(ctx, cb, kinds.params, kinds.result, passed);
  checkPending(ctx);
  return r;
}

/**
 * `reduce(cb, init?)` (direction 'up') and `reduceRight(cb, init?)` ('down'):
 * without `init` the first element visited is the start value, and an empty
 * receiver is a TypeError. `cb` is already evaluated; `init` is lowered here.
 */
function lowerReduceLoop(ctx: FunctionContext, elements: Elements, cb: llvm.Value, kinds: CallbackKinds, init: ts.Expression | undefined, resultKind: Kind, direction: 'up' | 'down'): TypedValue {
  const { b, ir } = ctx;
  const accKind: Kind = resultKind === 'void' ? 'value' : resultKind;
  const accType = llvmKindType(ctx, accKind);
  const acc = ctx.alloca(accType, 'acc');
  const counter = ctx.alloca(ir.f64, 'k');
  const len = elements.length();
  const up = direction === 'up';
  const first = up ? ir.f64Const(0) : b.CreateFSub(len, ir.f64Const(1));
  const step = (k: llvm.Value): llvm.Value => b.CreateFAdd(k, ir.f64Const(up ? 1 : -1));
  if (init) {
    b.CreateStore(coerce(ctx, lowerExpr(ctx, init), accKind).value, acc);
    b.CreateStore(first, counter);
  } else {
    const empty = ctx.newBlock('reduce.empty');
    const ok = ctx.newBlock('reduce.start');
    b.CreateCondBr(b.CreateFCmpOEQ(len, ir.f64Const(0)), empty, ok);
    b.SetInsertPoint(empty);
    throwTypeError(ctx, 'Reduce of empty array with no initial value');
    b.SetInsertPoint(ok);
    b.CreateStore(coerce(ctx, elements.get(first), accKind).value, acc);
    b.CreateStore(step(first), counter);
  }
  const test = ctx.newBlock('reduce.test');
  const run = ctx.newBlock('reduce.body');
  const call = ctx.newBlock('reduce.call');
  const next = ctx.newBlock('reduce.next');
  const done = ctx.newBlock('reduce.done');
  b.CreateBr(test);
  b.SetInsertPoint(test);
  const k = b.CreateLoad(ir.f64, counter);
  b.CreateCondBr(up ? b.CreateFCmpOLT(k, len) : b.CreateFCmpOGE(k, ir.f64Const(0)), run, done);
  b.SetInsertPoint(run);
  // Elements the callback removed are skipped, as JS skips missing indices.
  b.CreateCondBr(b.CreateFCmpOLT(k, elements.length()), call, next);
  b.SetInsertPoint(call);
  const r = invokeCallback(ctx, cb, kinds, [{ kind: accKind, value: b.CreateLoad(accType, acc) }, elements.get(k), { kind: 'number', value: k }, elements.self]);
  b.CreateStore(coerce(ctx, r.kind === 'void' ? { kind: 'value', value: constantValue(ctx, ValueTag.Undefined) } : r, accKind).value, acc);
  b.CreateBr(next);
  b.SetInsertPoint(next);
  b.CreateStore(step(b.CreateLoad(ir.f64, counter)), counter);
  b.CreateBr(test);
  b.SetInsertPoint(done);
  return { kind: accKind, value: b.CreateLoad(accType, acc) };
}

/** `x.reduce(cb, init?)` / `x.reduceRight(cb, init?)` over `elements`: the callback, then the start value, then the loop. */
export function lowerReduceCall(ctx: FunctionContext, node: ts.CallExpression, elements: Elements, direction: 'up' | 'down'): TypedValue {
  const args = node.arguments;
  const kinds = functionTypeKinds(ctx, args[0]);
  const cb = coerce(ctx, lowerExpr(ctx, args[0]), 'ref').value;
  return lowerReduceLoop(ctx, elements, cb, kinds, args[1], kindOf(ctx, node), direction);
}

export type SearchName = 'some' | 'every' | 'find' | 'findIndex';

/**
 * some / every / find / findIndex: stop at the first element that decides.
 * find gives the element as it was when the callback saw it.
 */
export function lowerSearchLoop(ctx: FunctionContext, name: SearchName, elements: Elements, cb: llvm.Value, kinds: CallbackKinds, resultKind: Kind): TypedValue {
  const { b, ir } = ctx;
  const itemType = llvmKindType(ctx, elements.kind);
  const found = ctx.alloca(ir.i1, 'found');
  const where = ctx.alloca(ir.f64, 'where');
  const item = ctx.alloca(itemType, 'item');
  const counter = ctx.alloca(ir.f64, 'i');
  b.CreateStore(llvm.ConstantInt.getFalse(ir.context), found);
  b.CreateStore(ir.f64Const(-1), where);
  b.CreateStore(llvm.Constant.getNullValue(itemType), item);
  b.CreateStore(ir.f64Const(0), counter);
  const len = elements.length();
  const test = ctx.newBlock('search.test');
  const body = ctx.newBlock('search.body');
  const hit = ctx.newBlock('search.hit');
  const done = ctx.newBlock('search.done');
  b.CreateBr(test);
  b.SetInsertPoint(test);
  const i = b.CreateLoad(ir.f64, counter);
  if (name === 'some' || name === 'every') {
    // Indices the callback cut off are skipped (JS tests HasProperty).
    b.CreateCondBr(b.CreateAnd(b.CreateFCmpOLT(i, len), b.CreateFCmpOLT(i, elements.length())), body, done);
  } else {
    // find and findIndex visit every index below the first length, a missing one as undefined.
    const present = ctx.newBlock('search.present');
    const cut = ctx.newBlock('search.cut');
    b.CreateCondBr(b.CreateFCmpOLT(i, len), present, done);
    b.SetInsertPoint(present);
    b.CreateCondBr(b.CreateFCmpOLT(i, elements.length()), body, cut);
    b.SetInsertPoint(cut);
    const msg = `${name}: the callback shortened the array, so JS would pass it undefined elements`;
    b.CreateCall(ir.runtime('tsx_panic', ir.void, [ir.ptr, ir.i64]), [b.CreateGlobalStringPtr(msg), llvm.ConstantInt.get(ir.i64, msg.length)]);
    b.CreateUnreachable();
  }
  b.SetInsertPoint(body);
  const x = elements.get(i);
  b.CreateStore(x.value, item);
  b.CreateStore(i, where);
  const t = toBoolean(ctx, invokeCallback(ctx, cb, kinds, [x, { kind: 'number', value: i }, elements.self]));
  b.CreateStore(b.CreateFAdd(b.CreateLoad(ir.f64, counter), ir.f64Const(1)), counter);
  b.CreateCondBr(name === 'every' ? b.CreateNot(t) : t, hit, test);
  b.SetInsertPoint(hit);
  b.CreateStore(llvm.ConstantInt.getTrue(ir.context), found);
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const f = b.CreateLoad(ir.i1, found);
  if (name === 'some') return { kind: 'boolean', value: f };
  if (name === 'every') return { kind: 'boolean', value: b.CreateNot(f) };
  if (name === 'findIndex') return { kind: 'number', value: b.CreateSelect(f, b.CreateLoad(ir.f64, where), ir.f64Const(-1)) };
  const r = valueOrUndefined(ctx, f, () => toValue(ctx, { kind: elements.kind, value: b.CreateLoad(itemType, item) }));
  return coerce(ctx, r, resultKind);
}
