// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Math functions lowered inline instead of as runtime calls, where LLVM has
// an exact equivalent: Math.imul (an i32 multiply), Math.sqrt and Math.abs
// (IEEE sqrt and fabs, bit for bit what rt/math.zig computes), and
// Math.floor/ceil/trunc/abs of an exact integer (intrange.ts), which is the
// integer itself.

import llvm from 'llvm-bindings';
import ts from '#typescript';
import { FunctionContext, TypedValue } from './context.js';
import { lowerExpr } from './expressions.js';
import { coerce } from './values.js';
import { toInt32 } from './conversions.js';
import { exactInt, fromExact, imul } from './intrange.js';

const IDENTITY_ON_INTEGERS = new Set(['Math.floor', 'Math.ceil', 'Math.trunc']);

/** The inline form of a static call, or undefined (then the runtime is called). */
export function inlineStaticCall(ctx: FunctionContext, name: string, node: ts.CallExpression): TypedValue | undefined {
  const args = node.arguments;
  if (args.some(ts.isSpreadElement)) return undefined;
  const { b, ir } = ctx;
  const number = (e: ts.Expression) => coerce(ctx, lowerExpr(ctx, e), 'number').value;
  if (name === 'Math.imul' && args.length === 2) {
    const x = number(args[0]);
    const y = number(args[1]);
    return { kind: 'number', value: imul(ctx, toInt32(ctx, x), toInt32(ctx, y)) };
  }
  if (args.length !== 1) return undefined;
  if (name === 'Math.sqrt') {
    const fn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.sqrt, [ir.f64]);
    return { kind: 'number', value: b.CreateCall(fn, [number(args[0])]) };
  }
  if (name === 'Math.abs') {
    const x = number(args[0]);
    const e = exactInt(x);
    if (e) {
      const neg = b.CreateNeg(e.int);
      const abs = b.CreateSelect(b.CreateICmpSLT(e.int, llvm.ConstantInt.get(ir.i64, 0)), neg, e.int);
      const hi = Math.max(Math.abs(e.lo), Math.abs(e.hi));
      const lo = e.lo >= 0 ? e.lo : e.hi <= 0 ? -e.hi : 0;
      return { kind: 'number', value: fromExact(ctx, abs, lo, hi) };
    }
    const fn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.fabs, [ir.f64]);
    return { kind: 'number', value: b.CreateCall(fn, [x]) };
  }
  if (IDENTITY_ON_INTEGERS.has(name)) {
    const x = number(args[0]);
    if (exactInt(x)) return { kind: 'number', value: x };
    const fn = ir.runtime(`tsx_math_${name.slice(5)}`, ir.f64, [ir.f64]);
    return { kind: 'number', value: b.CreateCall(fn, [x]) };
  }
  return undefined;
}
