// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Integer specialisation of `number` (spec/numbers.md, "Integer fast paths").
// Every number is an f64, but many are provably exact integers: literals,
// results of bitwise operators, sums/products of those within ±2^53, and
// variables whose every definition is such a value (intvars.ts). For those
// the lowering keeps a shadow i64 next to the f64 (an "exact integer": its
// value, never -0, and a static range) so that the operators on them can be
// done on integers (srem instead of fmod, trunc instead of ToInt32, icmp,
// integer indexing). The f64 is still what flows everywhere else; LLVM drops
// whichever of the two ends up unused.
//
// Exactness rules (the JS result must be that integer, bit for bit):
// - ranges stay strictly inside ±2^53, so i64 arithmetic never overflows and
//   the f64 of the result is exact;
// - a product may be -0 in JS when one side is 0 and the other negative, so
//   * is integer only when the ranges rule that out;
// - a remainder takes the dividend's sign, so x % y is -0 when x < 0 and the
//   remainder is 0: it is an exact integer only for a dividend >= 0 (else the
//   sign is copied back onto the f64 with copysign);
// - division is never an integer.

import llvm from 'llvm-bindings';
import ts from '#typescript';
import { FunctionContext, TypedValue } from './context.js';

/** |x| < LIMIT keeps every range computation and every i64 op exact. */
const LIMIT = 2 ** 53;
const I32_MIN = -(2 ** 31);
const I32_MAX = 2 ** 31 - 1;
const U32_MAX = 2 ** 32 - 1;

export interface ExactInt {
  /** The value as an i64. */
  int: llvm.Value;
  lo: number;
  hi: number;
}

const exactOf = new WeakMap<llvm.Value, ExactInt>();

/**
 * Sums and differences of exact integers whose range reaches past ±2^53
 * (`i + 1` of a counter in [0, 2^53]): the f64 may round, so the value is
 * not an exact integer, but the i64 (no overflow below 2^62) is a valid
 * index: an i64 in [0, length] is below 2^53, where the f64 equals it, and
 * one outside fails the bound check as the rounded f64 would.
 */
const indexOnly = new WeakMap<llvm.Value, llvm.Value>();
const I64_SAFE = 2 ** 62;

function indexSum(ctx: FunctionContext, op: 'add' | 'sub', l: llvm.Value, r: llvm.Value, x: ExactInt, y: ExactInt, lo: number, hi: number): llvm.Value | undefined {
  if (lo <= -I64_SAFE || hi >= I64_SAFE) return undefined;
  const { b } = ctx;
  const f = op === 'add' ? b.CreateFAdd(l, r) : b.CreateFSub(l, r);
  indexOnly.set(f, op === 'add' ? b.CreateAdd(x.int, y.int) : b.CreateSub(x.int, y.int));
  return f;
}

function inLimit(lo: number, hi: number): boolean {
  return lo > -LIMIT && hi < LIMIT;
}

/** The exact-integer view of an f64 value, if it has one. */
export function exactInt(v: llvm.Value): ExactInt | undefined {
  return exactOf.get(v);
}

/** Records that `f64` is exactly the integer `int` (an i64) within [lo, hi]. */
export function markExact(f64: llvm.Value, int: llvm.Value, lo: number, hi: number): llvm.Value {
  // ±2^53 themselves are exact doubles: a saturated counter (intvars.ts) may hold them.
  if (lo >= -LIMIT && hi <= LIMIT && lo <= hi) exactOf.set(f64, { int, lo, hi });
  return f64;
}

/** An f64 made from an exact i64 in [lo, hi] (the caller proved the range). */
export function fromExact(ctx: FunctionContext, int: llvm.Value, lo: number, hi: number): llvm.Value {
  // Converted from i32 when the range allows: LLVM folds fptosi(sitofp x) back
  // to x only when x's type fits in the 53-bit mantissa, which is what lets a
  // value round-trip through an f64 (a box, an array element) for free.
  const narrow = narrowType(ctx, lo, hi);
  const source = narrow ? ctx.b.CreateTrunc(int, narrow) : int;
  return markExact(ctx.b.CreateSIToFP(source, ctx.ir.f64), int, lo, hi);
}

/**
 * i32 when [lo, hi] fits in it, else undefined (the i64 itself): an odd width
 * such as i13 would cost a sign extension (shl/sar) wherever it is widened.
 */
export function narrowType(ctx: FunctionContext, lo: number, hi: number): llvm.IntegerType | undefined {
  return lo >= I32_MIN && hi <= I32_MAX ? ctx.ir.i32 : undefined;
}

/** A numeric literal; an integer one (not -0) carries its i64. */
export function numberLiteral(ctx: FunctionContext, x: number): llvm.Value {
  const c = ctx.ir.f64Const(x);
  if (Number.isInteger(x) && !Object.is(x, -0) && Math.abs(x) < LIMIT) {
    markExact(c, llvm.ConstantInt.get(ctx.ir.i64, x, true), x, x);
  }
  return c;
}

/** ToInt32 without the general conversion when the value is an exact integer. */
export function exactToInt32(ctx: FunctionContext, v: llvm.Value): llvm.Value | undefined {
  const e = exactOf.get(v);
  return e && ctx.b.CreateTrunc(e.int, ctx.ir.i32);
}

/** An i32 result of a bitwise operator as an exact f64 (signed or unsigned view). */
export function int32Result(ctx: FunctionContext, i32: llvm.Value, unsigned: boolean, lo?: number, hi?: number): llvm.Value {
  const { b, ir } = ctx;
  const int = unsigned ? b.CreateZExt(i32, ir.i64) : b.CreateSExt(i32, ir.i64);
  const f = unsigned ? b.CreateUIToFP(i32, ir.f64) : b.CreateSIToFP(i32, ir.f64);
  return markExact(f, int, lo ?? (unsigned ? 0 : I32_MIN), hi ?? (unsigned ? U32_MAX : I32_MAX));
}

/** The i32 view of an operand of a bitwise operator, and its range as an int32. */
function int32Range(v: llvm.Value): [number, number] {
  const e = exactOf.get(v);
  if (e && e.lo >= I32_MIN && e.hi <= I32_MAX) return [e.lo, e.hi];
  return [I32_MIN, I32_MAX];
}

function constantOf(v: llvm.Value): number | undefined {
  const e = exactOf.get(v);
  return e && e.lo === e.hi ? e.lo : undefined;
}

/** The smallest 2^k - 1 that is >= x (x >= 0). */
function allOnes(x: number): number {
  let m = 0;
  while (m < x) m = m * 2 + 1;
  return m;
}

/**
 * The range of a bitwise operator's result, given its operands' f64s: tighter
 * than int32 where the operands' ranges allow (masks, shifts by constants).
 */
export function bitwiseRange(op: ts.SyntaxKind, l: llvm.Value, r: llvm.Value): [number, number] {
  const [llo, lhi] = int32Range(l);
  const [rlo, rhi] = int32Range(r);
  const SK = ts.SyntaxKind;
  const count = constantOf(r);
  switch (op) {
    case SK.AmpersandToken:
      if (llo >= 0 && rlo >= 0) return [0, Math.min(lhi, rhi)];
      if (llo >= 0) return [0, lhi];
      if (rlo >= 0) return [0, rhi];
      break;
    case SK.BarToken:
    case SK.CaretToken:
      if (llo >= 0 && rlo >= 0) return [0, allOnes(Math.max(lhi, rhi))];
      break;
    case SK.GreaterThanGreaterThanToken:
      if (count !== undefined) {
        const k = count & 31;
        return [Math.floor(llo / 2 ** k), Math.floor(lhi / 2 ** k)];
      }
      break;
    case SK.GreaterThanGreaterThanGreaterThanToken:
      if (count !== undefined) {
        const k = count & 31;
        if (k === 0) return llo >= 0 ? [llo, lhi] : [0, U32_MAX];
        return llo >= 0 ? [Math.floor(llo / 2 ** k), Math.floor(lhi / 2 ** k)] : [0, 2 ** (32 - k) - 1];
      }
      return [0, U32_MAX];
    case SK.LessThanLessThanToken:
      if (count !== undefined && llo >= 0 && lhi * 2 ** (count & 31) <= I32_MAX) {
        const f = 2 ** (count & 31);
        return [llo * f, lhi * f];
      }
      break;
  }
  return [I32_MIN, I32_MAX];
}

/**
 * + - * % on two exact integers, done on i64 when the result is provably an
 * exact integer; undefined when it is not (the caller uses f64 arithmetic).
 */
export function integerArithmetic(ctx: FunctionContext, op: ts.SyntaxKind, l: llvm.Value, r: llvm.Value): llvm.Value | undefined {
  const x = exactOf.get(l);
  const y = exactOf.get(r);
  if (!x || !y) return undefined;
  const { b } = ctx;
  const SK = ts.SyntaxKind;
  switch (op) {
    case SK.PlusToken: {
      const lo = x.lo + y.lo;
      const hi = x.hi + y.hi;
      if (!inLimit(lo, hi)) return indexSum(ctx, 'add', l, r, x, y, lo, hi);
      return fromExact(ctx, b.CreateAdd(x.int, y.int), lo, hi);
    }
    case SK.MinusToken: {
      const lo = x.lo - y.hi;
      const hi = x.hi - y.lo;
      if (!inLimit(lo, hi)) return indexSum(ctx, 'sub', l, r, x, y, lo, hi);
      return fromExact(ctx, b.CreateSub(x.int, y.int), lo, hi);
    }
    case SK.AsteriskToken: {
      // 0 * negative is -0 in JS.
      const mayBeZero = (e: ExactInt) => e.lo <= 0 && e.hi >= 0;
      if ((mayBeZero(x) && y.lo < 0) || (mayBeZero(y) && x.lo < 0)) return undefined;
      const corners = [x.lo * y.lo, x.lo * y.hi, x.hi * y.lo, x.hi * y.hi];
      const lo = Math.min(...corners);
      const hi = Math.max(...corners);
      if (!inLimit(lo, hi)) return undefined;
      return fromExact(ctx, b.CreateMul(x.int, y.int), lo, hi);
    }
    case SK.PercentToken: {
      if (y.lo <= 0 && y.hi >= 0) return undefined; // the divisor may be 0: NaN
      const rem = b.CreateSRem(x.int, y.int);
      const maxAbs = Math.max(Math.abs(y.lo), Math.abs(y.hi)) - 1;
      if (x.lo >= 0) return fromExact(ctx, rem, 0, Math.min(x.hi, maxAbs));
      // A negative dividend with remainder 0 gives -0: copy the dividend's sign.
      return copySign(ctx, b.CreateSIToFP(rem, ctx.ir.f64), l);
    }
  }
  return undefined;
}

function copySign(ctx: FunctionContext, magnitude: llvm.Value, sign: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const fn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.copysign, [ir.f64]);
  return b.CreateCall(fn, [magnitude, sign]);
}

/**
 * The i64 of an f64 known to be an integer in (-2^53, 2^53), and whether it
 * is: for operands of % that carry no proof. fptosi of NaN or a huge value is
 * poison, so the f64 is replaced by 0 before the conversion when out of range.
 */
function checkedInt(ctx: FunctionContext, v: llvm.Value): { int: llvm.Value; ok: llvm.Value } {
  const { b, ir } = ctx;
  const e = exactOf.get(v);
  if (e) return { int: e.int, ok: llvm.ConstantInt.getTrue(ir.context) };
  const fabs = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.fabs, [ir.f64]);
  const small = b.CreateFCmpOLT(b.CreateCall(fabs, [v]), ir.f64Const(LIMIT));
  const int = b.CreateFPToSI(b.CreateSelect(small, v, ir.f64Const(0)), ir.i64);
  const exact = b.CreateFCmpOEQ(b.CreateSIToFP(int, ir.f64), v);
  return { int, ok: b.CreateAnd(small, exact) };
}

/**
 * x % y on f64s: fmod is a slow library call, so when both happen to be
 * integers (checked at run time) the remainder is taken on i64, with the
 * dividend's sign copied back (-7 % 7 is -0, -0 % 5 is -0).
 */
export function remainder(ctx: FunctionContext, l: llvm.Value, r: llvm.Value): llvm.Value {
  const proven = integerArithmetic(ctx, ts.SyntaxKind.PercentToken, l, r);
  if (proven) return proven;
  const { b, ir } = ctx;
  const x = checkedInt(ctx, l);
  const y = checkedInt(ctx, r);
  const nonZero = b.CreateICmpNE(y.int, llvm.ConstantInt.get(ir.i64, 0));
  const ok = b.CreateAnd(b.CreateAnd(x.ok, y.ok), nonZero);
  return ctx.ifElse(ok, ir.f64, 'rem',
    () => copySign(ctx, b.CreateSIToFP(b.CreateSRem(x.int, y.int), ir.f64), l),
    () => b.CreateFRem(l, r));
}

/**
 * `x % c === 0` for a constant integer c > 0, as an i1: whether x is a
 * multiple of c. The remainder's sign and its conversion back to a double do
 * not matter to the test (-0 === 0), so integer x (checked at run time) needs
 * one srem; anything else (fractions, beyond 2^53, NaN, infinities) fmod.
 */
export function remainderIsZero(ctx: FunctionContext, l: llvm.Value, c: number): llvm.Value {
  const { b, ir } = ctx;
  const divisor = llvm.ConstantInt.get(ir.i64, c);
  const zero = llvm.ConstantInt.get(ir.i64, 0);
  const e = exactOf.get(l);
  if (e) return b.CreateICmpEQ(b.CreateSRem(e.int, divisor), zero);
  const x = checkedInt(ctx, l);
  return ctx.ifElse(x.ok, ir.i1, 'remzero',
    () => b.CreateICmpEQ(b.CreateSRem(x.int, divisor), zero),
    () => b.CreateFCmpOEQ(b.CreateFRem(l, ir.f64Const(c)), ir.f64Const(0)));
}

/** < <= > >= === !== on two exact integers as an icmp; undefined otherwise. */
export function integerCompare(ctx: FunctionContext, op: ts.SyntaxKind, l: llvm.Value, r: llvm.Value): llvm.Value | undefined {
  const x = exactOf.get(l);
  const y = exactOf.get(r);
  if (!x || !y) return undefined;
  const { b } = ctx;
  const SK = ts.SyntaxKind;
  switch (op) {
    case SK.LessThanToken: return b.CreateICmpSLT(x.int, y.int);
    case SK.LessThanEqualsToken: return b.CreateICmpSLE(x.int, y.int);
    case SK.GreaterThanToken: return b.CreateICmpSGT(x.int, y.int);
    case SK.GreaterThanEqualsToken: return b.CreateICmpSGE(x.int, y.int);
    case SK.EqualsEqualsEqualsToken: case SK.EqualsEqualsToken: return b.CreateICmpEQ(x.int, y.int);
    case SK.ExclamationEqualsEqualsToken: case SK.ExclamationEqualsToken: return b.CreateICmpNE(x.int, y.int);
  }
  return undefined;
}

/** Math.imul(a, b): an i32 multiply, inline. */
export function imul(ctx: FunctionContext, a: llvm.Value, b32: llvm.Value): llvm.Value {
  return int32Result(ctx, ctx.b.CreateMul(a, b32), false);
}

/**
 * x + step (step ±1, for ++ and --) of an exact integer, exact even at the
 * ends: in doubles 2^53 + 1 rounds back to 2^53, so the i64 step saturates
 * there (and at -2^53 for --) instead of leaving the double's values.
 */
export function integerIncrement(ctx: FunctionContext, v: llvm.Value, step: 1 | -1): llvm.Value | undefined {
  const e = exactOf.get(v);
  if (!e) return undefined;
  const { b, ir } = ctx;
  const sum = b.CreateAdd(e.int, llvm.ConstantInt.get(ir.i64, step, true));
  const lo = e.lo + step;
  const hi = e.hi + step;
  if (inLimit(lo, hi)) return fromExact(ctx, sum, lo, hi);
  if (step > 0) {
    const below = b.CreateICmpSLT(e.int, llvm.ConstantInt.get(ir.i64, LIMIT, true));
    return fromExact(ctx, b.CreateSelect(below, sum, e.int), Math.min(lo, LIMIT), LIMIT);
  }
  const above = b.CreateICmpSGT(e.int, llvm.ConstantInt.get(ir.i64, -LIMIT, true));
  return fromExact(ctx, b.CreateSelect(above, sum, e.int), -LIMIT, Math.max(hi, -LIMIT));
}

/** -x of an exact integer that cannot be 0 (-0 is not an integer here). */
export function integerNegate(ctx: FunctionContext, v: llvm.Value): llvm.Value | undefined {
  const e = exactOf.get(v);
  if (!e || (e.lo <= 0 && e.hi >= 0)) return undefined;
  return fromExact(ctx, ctx.b.CreateNeg(e.int), -e.hi, -e.lo);
}

/**
 * An index into an array as an i64, when it is an exact integer: the caller
 * still checks it against the length with an unsigned compare, which also
 * rejects a negative one (as a huge unsigned value).
 */
export function exactIndex(v: llvm.Value): llvm.Value | undefined {
  return exactOf.get(v)?.int ?? indexOnly.get(v);
}

export type { TypedValue };
