// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// JS conversions between kinds, lowered inline where cheap: ToInt32/ToUint32
// (fast path through a 64-bit truncation, exact for |x| < 2^63), ToBoolean,
// ToString, and the numeric operators whose JS meaning differs from LLVM's.

import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { callOnValues, coerce, toValue, valueTag } from './values.js';
import { ValueTag } from './runtime.js';
import ts from '#typescript';
import { arrayElementKind } from './arrays.js';
import { objectToString, openObjectToString } from './members.js';
import { joinWithCommas } from './arraymethods.js';
import { typedArrayCode, typedJoin } from './typedarrays.js';
import { exactToInt32 } from './intrange.js';
import { refIsNotNull, refMayBeNull } from './nullableref.js';

const TWO_POW_63 = 2 ** 63;

/** ECMA-262 ToInt32 of a double, as an i32. */
export function toInt32(ctx: FunctionContext, x: llvm.Value): llvm.Value {
  const exact = exactToInt32(ctx, x);
  if (exact) return exact;
  const { b, ir } = ctx;
  const fabs = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.fabs, [ir.f64]);
  const small = b.CreateFCmpOLT(b.CreateCall(fabs, [x]), ir.f64Const(TWO_POW_63));
  const fast = ctx.newBlock('toint32.fast');
  const slow = ctx.newBlock('toint32.slow');
  const done = ctx.newBlock('toint32.done');
  b.CreateCondBr(small, fast, slow);
  b.SetInsertPoint(fast);
  const viaI64 = b.CreateTrunc(b.CreateFPToSI(x, ir.i64), ir.i32);
  b.CreateBr(done);
  b.SetInsertPoint(slow);
  const slowFn = ir.runtime('tsx_to_int32_slow', ir.i32, [ir.f64]);
  const viaRuntime = b.CreateCall(slowFn, [x]);
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.i32, 2);
  phi.addIncoming(viaI64, fast);
  phi.addIncoming(viaRuntime, slow);
  return phi;
}

export function int32ToNumber(ctx: FunctionContext, v: llvm.Value): llvm.Value {
  return ctx.b.CreateSIToFP(v, ctx.ir.f64);
}

export function uint32ToNumber(ctx: FunctionContext, v: llvm.Value): llvm.Value {
  return ctx.b.CreateUIToFP(v, ctx.ir.f64);
}

/** ECMA-262 ToBoolean for the kinds tsxen has. */
export function toBoolean(ctx: FunctionContext, v: TypedValue): llvm.Value {
  const { b, ir } = ctx;
  switch (v.kind) {
    case 'boolean':
      return v.value;
    case 'number':
      // false for +0, -0 and NaN: "unordered or not equal" to zero is wrong for
      // NaN, so ask for ordered-and-not-equal.
      return b.CreateFCmpONE(v.value, ir.f64Const(0));
    case 'string':
      return b.CreateICmpNE(stringLength(ctx, v.value), llvm.ConstantInt.get(ir.i32, 0));
    case 'void':
      return llvm.ConstantInt.getFalse(ir.context);
    case 'ref':
      return refIsNotNull(ctx, v.value); // objects are always truthy; 0 is null (nullableref.ts)
    case 'value':
      return callOnValues(ctx, 'tsx_value_truthy', ir.i1, [v.value]);
  }
}

/** A string's length in code units, an i32 (the Str header's len field, rt/ABI.md). */
export function stringLength(ctx: FunctionContext, s: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const field = b.CreateBitCast(b.CreateGEP(ir.i8, s, [llvm.ConstantInt.get(ir.i64, 8)]), llvm.PointerType.get(ir.i32, 0));
  return b.CreateLoad(ir.i32, field);
}

/** ECMA-262 ToString: the string a value becomes in `+` and templates. */
export function toStringValue(ctx: FunctionContext, v: TypedValue): llvm.Value {
  const { b, ir } = ctx;
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'number':
      return b.CreateCall(ir.runtime('tsx_str_from_number', ir.ptr, [ir.f64]), [v.value]);
    case 'boolean':
      return b.CreateSelect(v.value, ir.stringLiteral('true'), ir.stringLiteral('false'));
    case 'void':
      return ir.stringLiteral('undefined');
    case 'ref':
    case 'value':
      return callOnValues(ctx, 'tsx_value_to_string', ir.ptr, [toValue(ctx, v)]);
  }
}

/**
 * ToString of the value of `expr`: like toStringValue, but objects use their
 * class's toString() and arrays join with commas, as JS does.
 */
export function toStringOf(ctx: FunctionContext, v: TypedValue, expr: ts.Expression | undefined): llvm.Value {
  if (v.kind === 'value' && expr && mayHoldObject(ctx.checker.getTypeAtLocation(expr))) return valueToString(ctx, v.value);
  if (v.kind !== 'ref' || !expr) return toStringValue(ctx, v);
  return toStringOfType(ctx, v, ctx.checker.getTypeAtLocation(expr), expr);
}

/** ToString of a reference whose static type is `type` (arrays join their elements' strings). */
export function toStringOfType(ctx: FunctionContext, v: TypedValue, type: ts.Type, at: ts.Node): llvm.Value {
  if (v.kind !== 'ref') return toStringValue(ctx, v);
  if (refMayBeNull(type)) return unlessNull(ctx, v.value, () => toStringOfObject(ctx, v, type, at));
  return toStringOfObject(ctx, v, type, at);
}

/** `'null'` for a 0 ref, else `str()` (nullableref.ts). */
function unlessNull(ctx: FunctionContext, p: llvm.Value, str: () => llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const some = ctx.newBlock('tostring.ref');
  const done = ctx.newBlock('tostring.refdone');
  const entry = b.GetInsertBlock()!;
  b.CreateCondBr(refIsNotNull(ctx, p), some, done);
  b.SetInsertPoint(some);
  const s = str();
  const someEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.ptr, 2);
  phi.addIncoming(ir.stringLiteral('null'), entry);
  phi.addIncoming(s, someEnd);
  return phi;
}

function toStringOfObject(ctx: FunctionContext, v: TypedValue, type: ts.Type, at: ts.Node): llvm.Value {
  // An unconstrained type parameter bound to references (in a generic copy): the runtime looks at the object.
  if (type.flags & ts.TypeFlags.TypeParameter && !ctx.checker.getBaseConstraintOfType(type)?.getSymbol()) {
    return openObjectToString(ctx, v.value, () => toStringValue(ctx, v));
  }
  type = ctx.checker.getNonNullableType(type);
  const typedCode = typedArrayCode(type);
  if (typedCode) return typedJoin(ctx, v.value, typedCode);
  const elem = arrayElementKind(ctx.checker, type);
  if (elem) return joinWithCommas(ctx, v.value, elem, elementTypeOf(ctx, type), at);
  // A union of object types: a class's own toString() by the tag, else the runtime looks at the object itself.
  if (type.isUnion()) return openObjectToString(ctx, v.value, () => toStringValue(ctx, v));
  if (type.getCallSignatures().length) return toStringValue(ctx, v);
  return objectToString(ctx, v.value, type, at);
}

/** Whether a (union) type admits objects. */
function mayHoldObject(type: ts.Type): boolean {
  return (type.isUnion() ? type.types : [type]).some((t) => (t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.NonPrimitive)) !== 0);
}

/**
 * ToString of a tagged Value that may hold an object (`Money | undefined`):
 * an object of a class with its own toString() runs it, as JS does; anything
 * else is converted by the runtime.
 */
function valueToString(ctx: FunctionContext, v: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const runtime = () => toStringValue(ctx, { kind: 'value', value: v });
  const isObject = b.CreateICmpEQ(valueTag(ctx, v), llvm.ConstantInt.get(ir.i32, ValueTag.Object));
  return ctx.ifElse(isObject, ir.ptr, 'tostring',
    () => openObjectToString(ctx, coerce(ctx, { kind: 'value', value: v }, 'ref').value, runtime),
    runtime);
}

function elementTypeOf(ctx: FunctionContext, type: ts.Type): ts.Type | undefined {
  if (ctx.checker.isTupleType(type)) return undefined;
  return ctx.checker.getTypeArguments(type as ts.TypeReference)[0];
}

/** A number as an i1 (true → 1): for relational comparison of booleans. */
export function booleanToNumber(ctx: FunctionContext, v: llvm.Value): llvm.Value {
  return ctx.b.CreateUIToFP(v, ctx.ir.f64);
}
