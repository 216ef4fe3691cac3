// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Integer slots (spec/operators.md, "Integer fast paths"): a local, a
// parameter's local copy or a module global that intvars.ts proves to hold
// only exact integers lives in an i64 slot instead of an f64 one. A read yields the f64 (sitofp, which
// LLVM drops when only the integer is used) carrying the slot's integer
// (intrange.ts), so integer operators never convert; a write stores the
// value's integer, or fptosi of the f64 when the value carries none (a call
// result: exact by the proof). A captured-and-assigned variable keeps the
// integer in its box; a closure's copy of a captured variable is an f64,
// converted once when the closure is made.

import llvm from 'llvm-bindings';
import ts from '#typescript';
import { FunctionContext, ProgramContext, Storage } from './context.js';
import { exactInt, markExact } from './intrange.js';
import { symbolIntegerRange } from './intvars.js';

export interface IntSlot {
  type: llvm.IntegerType;
  lo: number;
  hi: number;
}

function slotFor(pc: ProgramContext, sym: ts.Symbol): IntSlot | undefined {
  const r = symbolIntegerRange(pc, sym);
  if (!r) return undefined;
  // Always i64, even for an int32 range: the integer operators of
  // intrange.ts work on i64s and indices are i64s, and an i32 slot costs a
  // sign extension at each read that LLVM cannot widen away (the i64 sums
  // are truncated on store, so it cannot prove the i32 never wraps).
  // fannkuch-redux 240 -> 224 ms, prng-hash 289 -> 276, none slower.
  return { type: pc.ir.i64, lo: r[0], hi: r[1] };
}

/** A new stack storage for a local: an integer slot when the variable is proven integer. */
export function localStorage(ctx: FunctionContext, sym: ts.Symbol, kind: Storage['kind'], type: llvm.Type, name: string): Storage {
  const int = kind === 'number' ? slotFor(ctx.program, sym) : undefined;
  if (int) return { kind, ptr: ctx.alloca(int.type, name), name, int };
  return { kind, ptr: ctx.alloca(type, name), name };
}

/**
 * A module global's integer slot and initial value, if proven integer;
 * `constant` is the number its f64 would otherwise start with (if constant).
 */
export function globalIntSlot(pc: ProgramContext, sym: ts.Symbol, kind: Storage['kind'], constant: number | undefined): { int: IntSlot; init: llvm.Constant } | undefined {
  const int = kind === 'number' ? slotFor(pc, sym) : undefined;
  if (!int) return undefined;
  const value = constant ?? 0;
  if (!Number.isInteger(value) || Object.is(value, -0)) return undefined;
  return { int, init: llvm.ConstantInt.get(int.type, value, true) };
}

/** The integer slot of a captured-and-assigned variable's box (its 8-byte value field), if proven. */
export function boxIntSlot(pc: ProgramContext, sym: ts.Symbol, kind: Storage['kind']): IntSlot | undefined {
  return kind === 'number' ? slotFor(pc, sym) : undefined;
}

function slotAddress(ctx: FunctionContext, int: IntSlot, address: llvm.Value): llvm.Value {
  // A box's field is typed as an f64: the same 8 bytes hold the integer.
  return ctx.b.CreateBitCast(address, llvm.PointerType.get(int.type, 0));
}

/** Reads an integer slot: the f64 with its integer attached. */
export function loadIntSlot(ctx: FunctionContext, s: Storage, address: llvm.Value): llvm.Value {
  const int = s.int!;
  const { b, ir } = ctx;
  const raw = b.CreateLoad(int.type, slotAddress(ctx, int, address), s.name);
  const wide = int.type === ir.i64 ? raw : b.CreateSExt(raw, ir.i64);
  return markExact(b.CreateSIToFP(raw, ir.f64), wide, int.lo, int.hi);
}

/** Stores the f64 `v` (a number, no barrier needed) into an integer slot. */
export function storeIntSlot(ctx: FunctionContext, s: Storage, v: llvm.Value, address: llvm.Value): void {
  ctx.b.CreateStore(toIntSlot(ctx, s, v), slotAddress(ctx, s.int!, address));
}

/** The integer to store into an integer slot for the f64 `v`. */
function toIntSlot(ctx: FunctionContext, s: Storage, v: llvm.Value): llvm.Value {
  const int = s.int!;
  const { b, ir } = ctx;
  const e = exactInt(v);
  if (!e) return b.CreateFPToSI(v, int.type); // exact by the proof
  return int.type === ir.i64 ? e.int : b.CreateTrunc(e.int, int.type);
}
