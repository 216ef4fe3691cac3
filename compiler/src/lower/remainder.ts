// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// JS `%` on numbers. LLVM's frem is C's fmod, which is exactly JS's % (the
// sign of the dividend), but it is a libcall whose generic loop costs ~100 ns
// on large quotients: hashing loops such as `(h * 31 + c) % 2147483647`
// spent over half their time in it. When both operands are integers below
// 2^53 in magnitude the remainder is the exact integer remainder (srem has
// the dividend's sign too); only a zero result needs the dividend's sign
// (-4 % 2 is -0). Everything else (fractions, huge values, 0, NaN, infinity)
// still goes to frem.

import llvm from 'llvm-bindings';
import { FunctionContext } from './context.js';

const TWO_53 = 2 ** 53;

export function lowerRemainder(ctx: FunctionContext, x: llvm.Value, y: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const fabs = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.fabs, [ir.f64]);
  const copysign = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.copysign, [ir.f64]);
  const ax = b.CreateCall(fabs, [x]);
  const ay = b.CreateCall(fabs, [y]);
  // |y| >= 1 also rules out 0 and NaN; the ordered compares rule out NaN x.
  const inRange = b.CreateAnd(
    b.CreateAnd(b.CreateFCmpOLT(ax, ir.f64Const(TWO_53)), b.CreateFCmpOLT(ay, ir.f64Const(TWO_53))),
    b.CreateFCmpOGE(ay, ir.f64Const(1)),
  );
  const tryInt = ctx.newBlock('rem.int');
  const intOk = ctx.newBlock('rem.intok');
  const slow = ctx.newBlock('rem.frem');
  const join = ctx.newBlock('rem.join');
  b.CreateCondBr(inRange, tryInt, slow);

  b.SetInsertPoint(tryInt);
  const xi = b.CreateFPToSI(x, ir.i64);
  const yi = b.CreateFPToSI(y, ir.i64);
  const exact = b.CreateAnd(b.CreateFCmpOEQ(b.CreateSIToFP(xi, ir.f64), x), b.CreateFCmpOEQ(b.CreateSIToFP(yi, ir.f64), y));
  b.CreateCondBr(exact, intOk, slow);

  b.SetInsertPoint(intOk);
  const r = b.CreateSRem(xi, yi);
  const fast = b.CreateCall(copysign, [b.CreateSIToFP(r, ir.f64), x]);
  b.CreateBr(join);

  b.SetInsertPoint(slow);
  const generic = b.CreateFRem(x, y);
  b.CreateBr(join);

  b.SetInsertPoint(join);
  const phi = b.CreatePHI(ir.f64, 2);
  phi.addIncoming(fast, intOk);
  phi.addIncoming(generic, slow);
  return phi;
}
