// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The Array constructor's statics: Array.from (over anything iterables.ts
// walks, or an array-like `{ length: n }` literal, with an optional mapping
// function), Array.of and Array.isArray (decided by the static type when it
// can be, else by the object's type descriptor at run time: rt/array_ops.zig).

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { Kind, kindOfType } from './kinds.js';
import { arrayPush, elementKindOf, isArrayType, newArray } from './arrays.js';
import { appendItems, iterSource } from './iterables.js';
import { coerce, constantValue, valueBits, valueTag } from './values.js';
import { ValueTag } from './runtime.js';
import { callClosure, functionTypeKinds } from './closures.js';
import { checkPending } from './exceptions.js';
import { lowerExpr } from './expressions.js';
import { collectRest } from './members.js';
import { internalError } from './errors.js';
import { countUp } from './loops.js';

export const ARRAY_STATICS = new Set(['Array.from', 'Array.of', 'Array.isArray']);

/** `{ length: n }`: the array-like Array.from accepts besides iterables. */
export function arrayLikeLength(node: ts.Expression): ts.Expression | undefined {
  if (!ts.isObjectLiteralExpression(node) || node.properties.length !== 1) return undefined;
  const p = node.properties[0];
  return ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'length' ? p.initializer : undefined;
}

export function lowerArrayStatic(ctx: FunctionContext, name: string, node: ts.CallExpression): TypedValue {
  const { b, ir } = ctx;
  const args = node.arguments;
  if (name === 'Array.of') return { kind: 'ref', value: collectRest(ctx, args, elementKindOf(ctx, node)) };
  if (name === 'Array.isArray') return isArray(ctx, args[0]);
  if (name !== 'Array.from') throw internalError(node, name);
  const elem = elementKindOf(ctx, node);
  const out = newArray(ctx, elem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
  const mapFn = args[1] && coerce(ctx, lowerExpr(ctx, args[1]), 'ref').value;
  const kinds = args[1] && functionTypeKinds(ctx, args[1]);
  const map = (item: TypedValue, k: llvm.Value): TypedValue => {
    if (!mapFn || !kinds) return item;
    const given = [item, { kind: 'number' as Kind, value: k }];
    const passed = kinds.params.map((pk, i) => coerce(ctx, given[i] ?? { kind: 'value', value: constantValue(ctx, ValueTag.Undefined) }, pk).value);
    const r = callClosure(ctx, mapFn, kinds.params, kinds.result, passed);
    checkPending(ctx);
    return r.kind === 'void' ? { kind: 'value', value: constantValue(ctx, ValueTag.Undefined) } : r;
  };
  const length = arrayLikeLength(args[0]);
  if (length) {
    // ToLength: truncated, NaN and negatives give 0.
    const n = coerce(ctx, lowerExpr(ctx, length), 'number').value;
    const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
    const t = b.CreateCall(truncFn, [n]);
    const count = b.CreateSelect(b.CreateFCmpOGT(t, ir.f64Const(0)), t, ir.f64Const(0));
    countUp(ctx, ir.f64Const(0), () => count, (i) => {
      const v = map({ kind: 'value', value: constantValue(ctx, ValueTag.Undefined) }, i);
      arrayPush(ctx, out, elem, [coerce(ctx, v, elem).value]);
    });
    return { kind: 'ref', value: out };
  }
  const src = iterSource(ctx.checker, args[0]);
  if (!src) throw internalError(args[0], 'Array.from of something not iterable');
  appendItems(ctx, out, elem, src, mapFn ? map : undefined);
  return { kind: 'ref', value: out };
}

function isArray(ctx: FunctionContext, arg: ts.Expression | undefined): TypedValue {
  const { b, ir } = ctx;
  const no = { kind: 'boolean' as Kind, value: llvm.ConstantInt.getFalse(ir.context) };
  if (!arg) return no;
  const type = ctx.checker.getTypeAtLocation(arg);
  const v = lowerExpr(ctx, arg);
  if (isArrayType(ctx.checker, type)) return { kind: 'boolean', value: llvm.ConstantInt.getTrue(ir.context) };
  const kind = kindOfType(type);
  if (v.kind !== 'ref' && v.kind !== 'value') return no;
  if (kind !== 'ref' && kind !== 'value') return no;
  const test = ir.runtime('tsx_is_array', ir.i1, [ir.i64]);
  if (v.kind === 'ref') return { kind: 'boolean', value: b.CreateCall(test, [b.CreatePtrToInt(v.value, ir.i64)]) };
  const isObject = b.CreateICmpEQ(valueTag(ctx, v.value), llvm.ConstantInt.get(ir.i32, ValueTag.Object));
  const bits = b.CreateSelect(isObject, valueBits(ctx, v.value), llvm.ConstantInt.get(ir.i64, 0));
  return { kind: 'boolean', value: b.CreateCall(test, [bits]) };
}
