// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Moving values between kinds: boxing a number, string, reference, null or
// undefined into a tagged Value (unions), and reading one back out once
// TypeScript has narrowed the union. Layout: rt/ABI.md ("Values").

import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { Kind } from './kinds.js';
import { ValueTag } from './runtime.js';
import { llvmKindType } from './classes.js';

export function i32(ctx: { ir: FunctionContext['ir'] }, x: number): llvm.ConstantInt {
  return llvm.ConstantInt.get(ctx.ir.i32, x, true);
}

export function i64(ctx: { ir: FunctionContext['ir'] }, x: number): llvm.ConstantInt {
  return llvm.ConstantInt.get(ctx.ir.i64, x, true);
}

/** A Value with a constant tag and the given 64 payload bits. */
export function makeValue(ctx: FunctionContext, tag: ValueTag, bits: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  let v: llvm.Value = llvm.UndefValue.get(ir.valueStruct);
  v = b.CreateInsertValue(v, i32(ctx, tag), [0]);
  v = b.CreateInsertValue(v, i32(ctx, 0), [1]);
  return b.CreateInsertValue(v, bits, [2]);
}

export function constantValue(ctx: FunctionContext, tag: ValueTag.Undefined | ValueTag.Null): llvm.Value {
  const ir = ctx.ir;
  return nothing(llvm.ConstantStruct.get(ir.valueStruct, [i32(ctx, tag), i32(ctx, 0), i64(ctx, 0)]));
}

/** Constants that refer to no object (null, undefined, the null ref): barrier.ts need not remember their stores. */
const noReference = new WeakSet<llvm.Value>();

function nothing(v: llvm.Value): llvm.Value {
  noReference.add(v);
  return v;
}

export function refersToNothing(v: llvm.Value): boolean {
  return noReference.has(v);
}

export function valueTag(ctx: FunctionContext, v: llvm.Value): llvm.Value {
  return ctx.b.CreateExtractValue(v, [0]);
}

export function valueBits(ctx: FunctionContext, v: llvm.Value): llvm.Value {
  return ctx.b.CreateExtractValue(v, [2]);
}

/** Boxes a value of any kind into a tagged Value. */
export function toValue(ctx: FunctionContext, v: TypedValue): llvm.Value {
  const { b, ir } = ctx;
  switch (v.kind) {
    case 'value':
      return v.value;
    case 'number':
      return makeValue(ctx, ValueTag.Number, b.CreateBitCast(v.value, ir.i64));
    case 'boolean':
      return makeValue(ctx, ValueTag.Boolean, b.CreateZExt(v.value, ir.i64));
    case 'string':
      return makeValue(ctx, ValueTag.String, b.CreatePtrToInt(v.value, ir.i64));
    case 'ref': {
      // A 0 ref is null (nullableref.ts); LLVM folds the select for refs it knows are not 0.
      const bits = b.CreatePtrToInt(v.value, ir.i64);
      const tag = b.CreateSelect(b.CreateICmpEQ(bits, i64(ctx, 0)), i32(ctx, ValueTag.Null), i32(ctx, ValueTag.Object));
      let out: llvm.Value = llvm.UndefValue.get(ir.valueStruct);
      out = b.CreateInsertValue(out, tag, [0]);
      out = b.CreateInsertValue(out, i32(ctx, 0), [1]);
      return b.CreateInsertValue(out, bits, [2]);
    }
    case 'void':
      return constantValue(ctx, ValueTag.Undefined);
  }
}

/**
 * Converts `v` to `kind`. From a Value to a narrower kind, TypeScript has
 * proved (by narrowing) that the tag matches, so only the bits are read.
 */
export function coerce(ctx: FunctionContext, v: TypedValue, kind: Kind): TypedValue {
  if (v.kind === kind) return v;
  const { b, ir } = ctx;
  if (kind === 'value') return { kind, value: toValue(ctx, v) };
  if (kind === 'void') return { kind, value: llvm.UndefValue.get(ir.i1) };
  // Only a `never` expression (code TypeScript proved unreachable) reaches a value kind from void.
  if (v.kind === 'void') return { kind, value: llvm.UndefValue.get(llvmKindType(ctx, kind)) };
  if (v.kind === 'value') {
    // null or undefined into a ref or string: the 0 pointer (nullableref.ts).
    if (noReference.has(v.value) && (kind === 'ref' || kind === 'string')) return { kind, value: nothing(llvm.Constant.getNullValue(ir.ptr)) };
    const bits = valueBits(ctx, v.value);
    switch (kind) {
      case 'number':
        return { kind, value: b.CreateBitCast(bits, ir.f64) };
      case 'boolean':
        return { kind, value: b.CreateTrunc(bits, ir.i1) };
      case 'string':
      case 'ref':
        return { kind, value: b.CreateIntToPtr(bits, ir.ptr) };
    }
  }
  if ((v.kind === 'string' && kind === 'ref') || (v.kind === 'ref' && kind === 'string')) return { kind, value: v.value };
  throw new Error(`cannot convert ${v.kind} to ${kind}`);
}

/**
 * A Value as the C ABI passes it to the runtime: two i64 eightbytes (tag
 * word, bits). LLVM would pass a {i32, i32, i64} aggregate in three registers.
 */
export function valueAbiArgs(ctx: FunctionContext, v: llvm.Value): llvm.Value[] {
  const { b, ir } = ctx;
  return [b.CreateZExt(valueTag(ctx, v), ir.i64), valueBits(ctx, v)];
}

/** Declares a runtime function whose parameters are all Values (each passed as two i64s). */
export function runtimeOnValues(ctx: FunctionContext, name: string, ret: llvm.Type, valueParams: number): llvm.Function {
  const ir = ctx.ir;
  return ir.runtime(name, ret, Array.from({ length: valueParams * 2 }, () => ir.i64));
}

export function callOnValues(ctx: FunctionContext, name: string, ret: llvm.Type, values: llvm.Value[]): llvm.Value {
  const fn = runtimeOnValues(ctx, name, ret, values.length);
  return ctx.b.CreateCall(fn, values.flatMap((v) => valueAbiArgs(ctx, v)));
}

/**
 * A Value that is `produce()` when `present` holds and undefined otherwise
 * (pop of an empty array, a missing element, find without a match...).
 * `produce` runs only on the present path.
 */
export function valueOrUndefined(ctx: FunctionContext, present: llvm.Value, produce: () => llvm.Value): TypedValue {
  const { b, ir } = ctx;
  const some = ctx.newBlock('maybe.some');
  const none = ctx.newBlock('maybe.none');
  const done = ctx.newBlock('maybe.done');
  b.CreateCondBr(present, some, none);
  b.SetInsertPoint(some);
  const v = produce();
  const someEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(none);
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.valueStruct, 2);
  phi.addIncoming(v, someEnd);
  phi.addIncoming(constantValue(ctx, ValueTag.Undefined), none);
  return { kind: 'value', value: phi };
}
