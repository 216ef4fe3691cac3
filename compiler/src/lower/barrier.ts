// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The collector's write barrier (rt/gc.zig, spec/memory.md). Marking is
// incremental and keeps a snapshot of the heap as it was when the cycle
// began: before a reference held in a heap object is overwritten, the old
// one is shaded, so nothing reachable at the snapshot is lost. Only stores
// that may overwrite a reference need it: not stores into an object this
// code has just allocated, nor into locals, globals or numbers.
//
// Minor collections (rt/heap.zig) trace only from the roots and from the
// objects of heap blocks written since the last collection: when no cycle
// is marking, the same barrier records the block of the slot written
// (`tsx_gc_dirty[(slot - tsx_heap_lo) >> 16] = 1` if the slot is in the
// heap; stack and static objects are not).

import llvm from 'llvm-bindings';
import type { FunctionContext } from './context.js';
import type { Kind } from './kinds.js';
import { refersToNothing, valueAbiArgs } from './values.js';

/** Whether a slot of this kind holds a reference the collector traces. */
export function isTraced(kind: Kind): boolean {
  return kind === 'string' || kind === 'ref' || kind === 'value';
}

/**
 * Stores `v` (already in its stored form) over the slot of `kind` at `address` in a heap object.
 * A constant null or undefined makes no old-to-young pointer: minor collections need not hear of it.
 */
export function storeInHeap(ctx: FunctionContext, kind: Kind, v: llvm.Value, address: llvm.Value): void {
  if (isTraced(kind)) shadeOld(ctx, kind, address, v.getType(), !refersToNothing(v));
  ctx.b.CreateStore(v, address);
}


/**
 * Shades the reference of `kind` now stored at `address` (of LLVM type `type`) if a cycle is
 * marking; otherwise remembers the slot's heap block for minor collections.
 */
export function shadeOld(ctx: FunctionContext, kind: Kind, address: llvm.Value, type: llvm.Type, rememberSlot = true): void {
  const { b, ir } = ctx;
  const on = b.CreateICmpNE(b.CreateLoad(ir.i32, markingFlag(ctx)), llvm.ConstantInt.get(ir.i32, 0));
  const shade = ctx.newBlock('gc.shade');
  const done = ctx.newBlock('gc.stored');
  const remember = rememberSlot ? ctx.newBlock('gc.remember') : done;
  b.CreateCondBr(on, shade, remember);
  b.SetInsertPoint(shade);
  shadeValue(ctx, kind, b.CreateLoad(type, address));
  b.CreateBr(done);
  if (!rememberSlot) {
    b.SetInsertPoint(done);
    return;
  }
  const dirty = ctx.newBlock('gc.dirty');
  b.SetInsertPoint(remember);
  const offset = b.CreateSub(b.CreatePtrToInt(address, ir.i64), b.CreateLoad(ir.i64, runtimeGlobal(ctx, 'tsx_heap_lo', ir.i64)));
  const inHeap = b.CreateICmpULT(offset, b.CreateLoad(ir.i64, runtimeGlobal(ctx, 'tsx_heap_span', ir.i64)));
  b.CreateCondBr(inHeap, dirty, done);
  b.SetInsertPoint(dirty);
  const map = b.CreateLoad(ir.ptr, runtimeGlobal(ctx, 'tsx_gc_dirty', ir.ptr));
  const entry = b.CreateGEP(ir.i8, map, [b.CreateLShr(offset, llvm.ConstantInt.get(ir.i64, HEAP_BLOCK_SHIFT))]);
  b.CreateStore(llvm.ConstantInt.get(ir.i8, 1), entry);
  b.CreateBr(done);
  b.SetInsertPoint(done);
}

/** log2 of rt's heap block size (rt/block.zig). */
const HEAP_BLOCK_SHIFT = 16;

/** An rt global of LLVM type `type`, declared once per module. */
function runtimeGlobal(ctx: FunctionContext, name: string, type: llvm.Type): llvm.GlobalVariable {
  return ctx.ir.module.getGlobalVariable(name, true) ?? new llvm.GlobalVariable(ctx.ir.module, type, false, llvm.Function.LinkageTypes.ExternalLinkage, null, name);
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
