// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The collector's write barrier (rt/gc.zig, spec/memory.md). Marking is
// incremental and keeps a snapshot of the heap as it was when the cycle
// began: before a reference held in a heap object is overwritten, the old
// one is shaded, so nothing reachable at the snapshot is lost. Only stores
// that may overwrite a reference need it: not stores into an object this
// code has just allocated, nor into locals, globals or numbers.

import llvm from 'llvm-bindings';
import type { FunctionContext } from './context.js';
import type { Kind } from './kinds.js';
import { valueAbiArgs } from './values.js';

/** Whether a slot of this kind holds a reference the collector traces. */
export function isTraced(kind: Kind): boolean {
  return kind === 'string' || kind === 'ref' || kind === 'value';
}

/** Stores `v` (already in its stored form) over the slot of `kind` at `address` in a heap object. */
export function storeInHeap(ctx: FunctionContext, kind: Kind, v: llvm.Value, address: llvm.Value): void {
  if (isTraced(kind)) shadeOld(ctx, kind, address, v.getType());
  ctx.b.CreateStore(v, address);
}

/** Shades the reference of `kind` now stored at `address` (of LLVM type `type`), if a cycle is marking. */
export function shadeOld(ctx: FunctionContext, kind: Kind, address: llvm.Value, type: llvm.Type): void {
  const { b, ir } = ctx;
  const on = b.CreateICmpNE(b.CreateLoad(ir.i32, markingFlag(ctx)), llvm.ConstantInt.get(ir.i32, 0));
  const shade = ctx.newBlock('gc.shade');
  const done = ctx.newBlock('gc.stored');
  b.CreateCondBr(on, shade, done);
  b.SetInsertPoint(shade);
  shadeValue(ctx, kind, b.CreateLoad(type, address));
  b.CreateBr(done);
  b.SetInsertPoint(done);
}

/** Shades `old`, a reference of `kind` about to be dropped from the heap (call only while marking). */
export function shadeValue(ctx: FunctionContext, kind: Kind, old: llvm.Value): void {
  const { b, ir } = ctx;
  if (kind === 'value') {
    b.CreateCall(ir.runtime('tsx_gc_shade_value', ir.void, [ir.i64, ir.i64]), valueAbiArgs(ctx, old));
  } else {
    b.CreateCall(ir.runtime('tsx_gc_shade', ir.void, [ir.ptr]), [old]);
  }
}

/** Shades the `count` (i64) slots of `kind` from `first`, about to be overwritten together (a memmove). */
export function shadeSlots(ctx: FunctionContext, kind: Kind, first: llvm.Value, count: llvm.Value): void {
  if (!isTraced(kind)) return;
  const { b, ir } = ctx;
  const fn = ir.runtime('tsx_gc_shade_slots', ir.void, [ir.ptr, ir.i64, ir.i1]);
  b.CreateCall(fn, [b.CreateBitCast(first, ir.ptr), count, llvm.ConstantInt.get(ir.i1, kind === 'value' ? 1 : 0)]);
}

/** rt's `tsx_gc_marking`: non-zero while a marking cycle is in progress. */
export function markingFlag(ctx: FunctionContext): llvm.Value {
  const pc = ctx.program;
  pc.gcMarking ??= new llvm.GlobalVariable(ctx.ir.module, ctx.ir.i32, false, llvm.Function.LinkageTypes.ExternalLinkage, null, 'tsx_gc_marking');
  return pc.gcMarking;
}
