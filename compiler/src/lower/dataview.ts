// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// DataView (spec/typedarrays.md): a view with the typed-array layout
// (typedarrays.ts) whose length counts bytes. get/set are inlined: the
// offset's ToIndex and bounds check (RangeError "Offset is outside the
// bounds of the DataView"), an unaligned load or store, and a byte swap
// unless littleEndian is true — JS's default order is big-endian.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { coerce } from './values.js';
import { toBoolean, toInt32 } from './conversions.js';
import { lowerExpr } from './expressions.js';
import { checkPending } from './exceptions.js';
import { internalError } from './errors.js';
import { bufferLength, newView, throwRangeError, viewData, viewLength } from './typedarrays.js';

interface Access {
  bits: number;
  float?: boolean;
  signed?: boolean;
}

const ACCESSES: Record<string, Access> = {
  Int8: { bits: 8, signed: true }, Uint8: { bits: 8 }, Int16: { bits: 16, signed: true }, Uint16: { bits: 16 },
  Int32: { bits: 32, signed: true }, Uint32: { bits: 32 }, Float32: { bits: 32, float: true }, Float64: { bits: 64, float: true },
};

export const DATAVIEW_METHODS = new Set(Object.keys(ACCESSES).flatMap((k) => [`get${k}`, `set${k}`]));

/** `new DataView(buffer, byteOffset?, byteLength?)` */
export function lowerNewDataView(ctx: FunctionContext, node: ts.NewExpression): TypedValue {
  const { b, ir } = ctx;
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const buffer = coerce(ctx, lowerExpr(ctx, args[0]), 'ref').value;
  const offset = args[1] ? coerce(ctx, lowerExpr(ctx, args[1]), 'number').value : ir.f64Const(0);
  const length = args[2] ? coerce(ctx, lowerExpr(ctx, args[2]), 'number').value : ir.f64Const(NaN);
  const check = ir.runtime('tsx_dv_check_view', ir.i64, [ir.i64, ir.f64, ir.f64, ir.i32]);
  const n = b.CreateCall(check, [bufferLength(ctx, buffer), offset, length, llvm.ConstantInt.get(ir.i32, args[2] ? 1 : 0)]);
  checkPending(ctx);
  const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
  const byteOffset = b.CreateFPToUI(b.CreateSelect(b.CreateFCmpUNE(offset, offset), ir.f64Const(0), b.CreateCall(truncFn, [offset])), ir.i64);
  return { kind: 'ref', value: newView(ctx, 0, buffer, byteOffset, n) };
}

/** `dv.getX(offset, littleEndian?)` / `dv.setX(offset, value, littleEndian?)` */
export function lowerDataViewMethod(ctx: FunctionContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression): TypedValue {
  const { b, ir } = ctx;
  const name = callee.name.text;
  const access = ACCESSES[name.slice(3)];
  if (!access) throw internalError(node, `DataView.prototype.${name}`);
  const isSet = name.startsWith('set');
  const view = coerce(ctx, lowerExpr(ctx, callee.expression), 'ref').value;
  const args = node.arguments;
  const offset = args[0] ? coerce(ctx, lowerExpr(ctx, args[0]), 'number').value : ir.f64Const(0);
  const value = isSet ? (args[1] ? coerce(ctx, lowerExpr(ctx, args[1]), 'number').value : ir.f64Const(NaN)) : undefined;
  const leArg = args[isSet ? 2 : 1];
  const little = leArg ? toBoolean(ctx, lowerExpr(ctx, leArg)) : llvm.ConstantInt.getFalse(ir.context);

  // ToIndex(offset), then offset + size ≤ byteLength.
  const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
  const index = b.CreateSelect(b.CreateFCmpUNE(offset, offset), ir.f64Const(0), b.CreateCall(truncFn, [offset]));
  const size = access.bits / 8;
  const fits = b.CreateAnd(b.CreateFCmpOGE(index, ir.f64Const(0)),
    b.CreateFCmpOLE(b.CreateFAdd(index, ir.f64Const(size)), b.CreateUIToFP(viewLength(ctx, view), ir.f64)));
  const ok = ctx.newBlock('dv.ok');
  const bad = ctx.newBlock('dv.bad');
  b.CreateCondBr(fits, ok, bad);
  b.SetInsertPoint(bad);
  throwRangeError(ctx, 0);
  b.SetInsertPoint(ok);

  const intType = llvm.IntegerType.get(ir.context, access.bits);
  // The access may be unaligned: it goes through a fixed-size memcpy, which
  // the optimiser turns into one unaligned load or store.
  const p = b.CreateGEP(ir.i8, viewData(ctx, view), [b.CreateFPToUI(index, ir.i64)]);
  const cell = ctx.alloca(intType, 'dv.cell');
  const memcpy = ir.runtime('memcpy', ir.ptr, [ir.ptr, ir.ptr, ir.i64]);
  const bytes = llvm.ConstantInt.get(ir.i64, size);
  const swap = (v: llvm.Value): llvm.Value => {
    if (access.bits === 8) return v;
    const bswap = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.bswap, [intType]);
    return b.CreateSelect(little, v, b.CreateCall(bswap, [v]));
  };
  if (isSet) {
    let bits: llvm.Value;
    if (access.float) {
      const ft = access.bits === 64 ? ir.f64 : llvm.Type.getFloatTy(ir.context);
      bits = b.CreateBitCast(access.bits === 64 ? value! : b.CreateFPTrunc(value!, ft), intType);
    } else {
      const i = toInt32(ctx, value!);
      bits = access.bits === 32 ? i : b.CreateTrunc(i, intType);
    }
    b.CreateStore(swap(bits), cell);
    b.CreateCall(memcpy, [p, b.CreateBitCast(cell, ir.ptr), bytes]);
    return { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
  }
  b.CreateCall(memcpy, [b.CreateBitCast(cell, ir.ptr), p, bytes]);
  const bits = swap(b.CreateLoad(intType, cell));
  if (access.float) {
    if (access.bits === 64) return { kind: 'number', value: b.CreateBitCast(bits, ir.f64) };
    return { kind: 'number', value: b.CreateFPExt(b.CreateBitCast(bits, llvm.Type.getFloatTy(ir.context)), ir.f64) };
  }
  return { kind: 'number', value: access.signed ? b.CreateSIToFP(bits, ir.f64) : b.CreateUIToFP(bits, ir.f64) };
}
