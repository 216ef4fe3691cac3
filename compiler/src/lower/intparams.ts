// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Integer parameters and results across direct calls (spec/functions.md,
// "Integer parameters and results"). intvars.ts proves, closed world, that a
// `number` parameter of a function called only directly holds an exact
// integer in a range (every call passes one), and that a function whose
// every return expression is a proven integer returns one. Such a parameter
// or result travels as an i32 (range within int32) or an i64 instead of an
// f64: the caller converts the argument it computed as an integer anyway,
// the callee binds it to its integer slot (intslots.ts) without fptosi. A
// function that is ever used as a value, exported, generic, async or a
// generator never qualifies (intvars.ts), so every call of it is one of the
// direct calls lowered here.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import type { FunctionContext, ProgramContext, UserFunction } from './context.js';
import { exactInt, fromExact } from './intrange.js';
import { functionResultRange, symbolIntegerRange } from './intvars.js';
import type { Kind } from './kinds.js';

type Range = [number, number];

export interface IntegerAbi {
  /** Per parameter: the range of an integer-typed one. */
  params: (Range | undefined)[];
  result?: Range;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

function intType(pc: ProgramContext, r: Range): llvm.IntegerType {
  return r[0] >= INT32_MIN && r[1] <= INT32_MAX ? pc.ir.i32 : pc.ir.i64;
}

/** The integer ABI of a (non-generic) function declaration, if any parameter or its result qualifies. */
export function integerAbi(pc: ProgramContext, decl: ts.FunctionDeclaration, params: Kind[], result: Kind, stackChecked: boolean): IntegerAbi | undefined {
  if (process.env.TSX_NO_INT_ABI) return undefined;
  const sym = decl.name && pc.checker.getSymbolAtLocation(decl.name);
  if (!sym || decl.typeParameters || decl.asteriskToken || decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return undefined;
  const ranges = decl.parameters.map((p, i) => {
    // A function that checks the stack on entry (recursive) keeps f64
    // parameters (its reads still carry the proven integer): on fib with
    // the check the i32 argument measured 15% slower (307 vs 262 ms), x86
    // code generation of its leaf path; without the check (a bounded
    // recursion, boundedrecursion.ts) it is faster (5.9 vs 7.2 ms).
    if (stackChecked && !process.env.TSX_INT_ABI_RECURSIVE) return undefined;
    if (params[i] !== 'number' || !ts.isIdentifier(p.name) || p.initializer || p.questionToken || p.dotDotDotToken) return undefined;
    const ps = pc.checker.getSymbolAtLocation(p.name);
    return ps && symbolIntegerRange(pc, ps);
  });
  const r = result === 'number' ? functionResultRange(pc, sym) : undefined;
  if (!r && ranges.every((x) => !x)) return undefined;
  if (process.env.TSX_DEBUG_INTVARS) {
    const shown = decl.parameters.map((p, i) => `${p.name.getText()}${ranges[i] ? `: [${ranges[i]![0]}, ${ranges[i]![1]}]` : ''}`);
    console.error(`intabi ${sym.name}(${shown.join(', ')})${r ? `: [${r[0]}, ${r[1]}]` : ''}`);
  }
  return { params: ranges, result: r };
}

/** The LLVM type of a function with the given ABI (f64 where no integer applies). */
export function abiFunctionType(pc: ProgramContext, abi: IntegerAbi | undefined, result: llvm.Type, params: llvm.Type[]): llvm.FunctionType {
  const ps = params.map((t, i) => (abi?.params[i] ? intType(pc, abi.params[i]!) : t));
  return llvm.FunctionType.get(abi?.result ? intType(pc, abi.result) : result, ps, false);
}

/** A caller's f64 argument as the integer the callee takes: its attached integer, or fptosi (exact by the proof). */
function toInteger(b: llvm.IRBuilder, pc: ProgramContext, v: llvm.Value, r: Range): llvm.Value {
  const t = intType(pc, r);
  const e = exactInt(v);
  if (!e) return b.CreateFPToSI(v, t);
  return t === pc.ir.i64 ? e.int : b.CreateTrunc(e.int, t);
}

/** The arguments of a direct call, converted where the callee takes integers. */
export function abiArguments(b: llvm.IRBuilder, pc: ProgramContext, target: UserFunction, args: llvm.Value[]): llvm.Value[] {
  const abi = target.intAbi;
  if (!abi) return args;
  return args.map((a, i) => (abi.params[i] ? toInteger(b, pc, a, abi.params[i]!) : a));
}

/** A direct call's result as the f64 the caller works with (carrying its integer). */
export function abiResult(ctx: FunctionContext, target: UserFunction, call: llvm.Value): llvm.Value {
  const r = target.intAbi?.result;
  if (!r) return call;
  const wide = intType(ctx.program, r) === ctx.ir.i64 ? call : ctx.b.CreateSExt(call, ctx.ir.i64);
  return fromExact(ctx, wide, r[0], r[1]);
}

/** The same, with only a builder (the thunk of a function value). */
export function abiResultPlain(b: llvm.IRBuilder, pc: ProgramContext, target: UserFunction, call: llvm.Value): llvm.Value {
  return target.intAbi?.result ? b.CreateSIToFP(call, pc.ir.f64) : call;
}

/** The f64 a parameter arriving as an integer stands for, carrying the integer (callee side). */
export function abiParameter(ctx: FunctionContext, arg: llvm.Value, sym: ts.Symbol): llvm.Value {
  if (!arg.getType().isIntegerTy(32) && !arg.getType().isIntegerTy(64)) return arg;
  const r = symbolIntegerRange(ctx.program, sym)!;
  const wide = arg.getType().isIntegerTy(64) ? arg : ctx.b.CreateSExt(arg, ctx.ir.i64);
  return fromExact(ctx, wide, r[0], r[1]);
}

/** The value a `return` hands back: the f64 `v`, or its integer when the function returns one. */
export function abiReturnValue(ctx: FunctionContext, v: llvm.Value): llvm.Value {
  const t = ctx.fn.getReturnType();
  if (!t.isIntegerTy(32) && !t.isIntegerTy(64) || !v.getType().isDoubleTy()) return v;
  const e = exactInt(v);
  if (!e) return ctx.b.CreateFPToSI(v, t); // exact by the proof
  return t.isIntegerTy(64) ? e.int : ctx.b.CreateTrunc(e.int, t);
}
